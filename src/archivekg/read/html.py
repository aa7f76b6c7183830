"""Reader for saved Digital Archive HTML pages.

The page is rendered to text in the shape of the clean export (date line,
`**Title**`, `Citation:` / `Summary:` / `Credits:` / `Original Language:` blocks,
then the body), so one metadata extractor reads every layout. The canonical URL
from the head becomes a `<https://…>` line, as in the export.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, NavigableString, Tag

from archivekg.read.chrome import strip_chrome
from archivekg.read.sections import EXPORT_SECTIONS

_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "form", "button", "iframe")
_CHROME_ATTR = re.compile(
    r"\b(?:menu|nav|navbar|breadcrumbs?|share|social|cookie|banner|skip-link|search)\b", re.I
)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu"})
_BLOCKS = frozenset(
    "address article aside blockquote caption dd div dl dt figcaption figure footer h1 h2 h3 "
    "h4 h5 h6 header li main ol p pre section table tbody td th thead tr ul".split()
)
_SECTION_LABELS = frozenset({s.lower() for s in EXPORT_SECTIONS} | {"authors", "keywords"})
_LINE_BREAK = "\u2028"
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_CLOSING_HTML = re.compile(r"</html\s*>", re.I)
_OPENING_HTML = re.compile(r"<html[\s>]", re.I)


class TruncatedHTML(ValueError):
    """The page opens <html> but never closes it: the file was cut off."""


def text_of_html(markup: str) -> tuple[str, str | None]:
    """The document text of a saved page, and its canonical URL if the head gives one."""
    if _OPENING_HTML.search(markup) and not _CLOSING_HTML.search(markup):
        raise TruncatedHTML("truncated HTML: <html> is never closed")
    soup = BeautifulSoup(markup, "html.parser")
    url = _canonical_url(soup)
    _drop_chrome(soup)
    root = _content_root(soup)
    blocks = list(_blocks(root))
    if _after_title(blocks) == 0 and (title := _head_title(soup)):
        blocks.insert(0, f"**{title}**")
    if url:
        blocks.insert(_after_title(blocks), f"<{url}>")
    return strip_chrome("\n\n".join(blocks)), url


def _content_root(soup: BeautifulSoup) -> Tag:
    """The article holding the title (pages also list related records as articles)."""
    for article in soup.find_all("article"):
        if article.find("h1"):
            return article
    return soup.find("main") or soup.find("article") or soup.body or soup


def _head_title(soup: BeautifulSoup) -> str | None:
    """The head's <title> without the site's name (`Title | Wilson Center Digital Archive`)."""
    if soup.title is None:
        return None
    title = _normalise(soup.title.get_text()).split(" | ")[0].strip()
    return title or None


def _canonical_url(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical", href=True)
    if isinstance(link, Tag):
        return str(link["href"]).strip() or None
    meta = soup.find("meta", property="og:url", content=True)
    if isinstance(meta, Tag):
        return str(meta["content"]).strip() or None
    return None


def _drop_chrome(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(["header", "footer", "aside"]):
        if not tag.decomposed and (tag.name != "header" or not tag.find_parent(["article", "main"])):
            tag.decompose()
    for tag in soup.find_all(_is_chrome):
        if not tag.decomposed:
            tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with(NavigableString(_LINE_BREAK))


def _is_chrome(tag: Tag) -> bool:
    if tag.name in ("html", "body", "main", "article"):
        return False
    if tag.get("role") in _CHROME_ROLES:
        return True
    names = " ".join([*tag.get("class", []), str(tag.get("id", ""))])
    return bool(names.strip()) and _CHROME_ATTR.search(names) is not None


def _blocks(element: Tag) -> Iterator[str]:
    """Text of each innermost block element, in document order."""
    inline: list[str] = []
    for child in element.children:
        if isinstance(child, Tag) and child.name in _BLOCKS:
            yield from _flush(inline)
            if child.find(_BLOCKS):
                yield from _blocks(child)
            else:
                yield from _flush([child.get_text()], child.name)
        elif isinstance(child, Tag):
            inline.append(child.get_text())
        elif type(child) is NavigableString:  # comments and doctypes are subclasses
            inline.append(str(child))
    yield from _flush(inline)


def _flush(pieces: list[str], name: str = "p") -> Iterator[str]:
    text = _normalise("".join(pieces))
    pieces.clear()
    if not text:
        return
    if name == "h1":
        yield f"**{text}**"
    elif name[0] == "h" and name[1:].isdigit() and text.rstrip(":").lower() in _SECTION_LABELS:
        yield text.rstrip(":") + ":"
    else:
        yield text


def _normalise(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split(_LINE_BREAK))
    return "\n".join(line for line in lines if line)


def _after_title(blocks: list[str]) -> int:
    for index, block in enumerate(blocks):
        if block.startswith("**"):
            return index + 1
    return 0
