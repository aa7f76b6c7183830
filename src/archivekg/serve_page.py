"""The query page at `/`: the project's prefixes and the ready-made queries of `queries/`.

Rendered once at start-up from `static/index.html`; it works offline (a plain
form that POSTs to /query, each example runnable as its own form) and upgrades
to YASGUI when the browser can fetch it from its CDN.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from string import Template

OVERVIEW_QUERY = """SELECT ?class (COUNT(?thing) AS ?count)
WHERE { ?thing a ?class }
GROUP BY ?class
ORDER BY DESC(?count)
"""


def example_queries(queries_dir: Path) -> list[tuple[str, str]]:
    """(file name, text) of every `*.rq` in `queries_dir`, by name; none if it is absent."""
    if not queries_dir.is_dir():
        return []
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(queries_dir.glob("*.rq"))]


def with_prefixes(query: str, prefixes: Mapping[str, str]) -> str:
    """The query preceded by the PREFIX lines it does not declare itself."""
    missing = [
        f"PREFIX {name}: <{iri}>"
        for name, iri in sorted(prefixes.items())
        if not re.search(rf"(?im)^\s*PREFIX\s+{re.escape(name)}\s*:", query)
    ]
    return "\n".join(missing + ([""] if missing else []) + [query.strip(), ""])


def render_page(
    prefixes: Mapping[str, str], examples: list[tuple[str, str]], endpoint: str = "/query"
) -> str:
    """The HTML of the query page."""
    ready = [(name, with_prefixes(text, prefixes)) for name, text in examples]
    forms = "\n".join(
        f'<form method="post" action="{endpoint}">'
        f'<input type="hidden" name="query" value="{html.escape(text)}">'
        f'<button type="button" data-example="{i}">Edit {html.escape(name)}</button> '
        f'<button type="submit">Run</button></form>'
        for i, (name, text) in enumerate(ready)
    )
    config = {
        "endpoint": endpoint,
        "prefixes": dict(sorted(prefixes.items())),
        "examples": [{"name": name, "query": text} for name, text in ready],
    }
    template = resources.files("archivekg").joinpath("static/index.html").read_text("utf-8")
    return Template(template).substitute(
        endpoint=html.escape(endpoint),
        examples=forms or "<p>No ready-made queries found.</p>",
        initial=html.escape(with_prefixes(OVERVIEW_QUERY, prefixes)),
        config=json.dumps(config).replace("</", "<\\/"),
    )
