"""Name lexicon, name shapes and name keys shared by the person extractor and `resolve`.

The lexicons describe the genre (titles, honorifics, organisation words, East Asian
surnames, common European given names), never the persons of particular documents:
a capitalised sequence becomes a person through its shape or its context, and the
stop-lists keep organisations, places and the archive's chrome out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from unidecode import unidecode

UPPER = "".join(
    c for c in map(chr, list(range(0x41, 0x250)) + list(range(0x1E00, 0x1F00))) if c.isupper()
)
LOWER = "".join(
    c for c in map(chr, list(range(0x61, 0x250)) + list(range(0x1E00, 0x1F00))) if c.islower()
)
LETTERS = UPPER + LOWER

HONORIFICS = frozenset(
    """comrade comrades cde cdes mr mrs ms miss messrs dr doctor professor prof sir lord lady madame mme
    monsieur mister herr frau genosse genossin tov tovarishch tovarish elvtárs elvtars
    tovarăș tovarășul tovarasul tovarăşul hon com coms comr comrs crd c eng ing""".split()
)
# Honorifics that are also name syllables (`Pak Hon Yong`): honorifics only with their dot.
DOTTED_HONORIFICS = frozenset({"hon", "com", "c", "eng", "ing"})
# Czech and Slovak `c.` (soudruh) and `eng.` (the engineer's degree, `Cde. eng. F. Langer`) in lower
# case only: `C.` is an initial, `Eng.` England.
LOWER_HONORIFICS = frozenset({"c", "eng"})

MOURNED = re.compile(r"\b(?:funeral|burial|death|memory|grave|tomb|mausoleum|memorial)\s+(?:service\s+)?(?:of|for)\s+"
                     r"(?:(?:the\s+late|late|[Cc]omrade|Cde\.)\s+)?$")
"""`At the funeral of Gheorghe Gheorghiu-Dej, an emissary of the Shah was also present`: the one
mourned is no one present, and the one introduced after him is someone else."""

# Office heads: a word that makes a phrase an office ("Minister", "head").
TITLE_HEADS = frozenset(
    """minister ambassador chairman chairwoman chairperson secretary
    director president premier chancellor counselor counsellor councilor councillor consul attaché attache
    chargé charge daffaires envoy deputy head chief commander marshal general colonel lieutenant
    captain major admiral governor mayor adviser advisor representative delegate spokesman
    spokesperson editor correspondent professor academician leader member officer
    official instructor inspector commissioner procurator prosecutor judge king queen
    prince princess emperor shah pope bishop cardinal senator congressman manager
    superintendent rector commissar secretary-general vice-chairman vice-president
    vice-premier interpreter translator first-secretary recorder presenter note-taker notetaker emissary marshall
    observer
    undersecretary under-secretary attorney baron baroness duke duchess marquis speaker generalissimo generalissimus
    assistant aide chair diplomat""".split()
)
# Long office heads by first letter: a word one letter away from one is a misspelt office.
_LONG_HEADS: dict[str, tuple[str, ...]] = {
    first: tuple(h for h in sorted(TITLE_HEADS) if h[0] == first and len(h) >= 7 and h.isalpha())
    for first in sorted({h[0] for h in TITLE_HEADS})
}
# Office heads abbreviated with a dot in lower case before a name (`min. Gwiazda`).
TITLE_ABBREVIATIONS = frozenset("min amb dir gen col lt maj capt adm secr".split())
# Leaders the records name by surname alone anywhere (`portraits of Marx and Lenin`), or
# by given name (`Fidel`): the genre's recurring figures, whose bare name needs no cue.
LEADERS = frozenset(
    """marx engels lenin stalin trotsky khrushchev brezhnev kosygin podgorny andropov chernenko
    gorbachev molotov mikoyan malenkov beria bulganin voroshilov zhukov gromyko suslov
    shevardnadze tito ulbricht honecker gomulka gierek jaruzelski kadar rakosi novotny husak
    zhivkov ceausescu gheorghiu-dej hoxha tsedenbal castro guevara nasser nehru sukarno
    truman eisenhower kennedy nixon carter reagan kissinger dulles acheson macarthur
    churchill adenauer fidel johnson gaulle
    ustinov malinovsky grechko ponomarev kirilenko pieck grotewohl stoph krenz modrow
    brandt kohl erhard genscher bierut cyrankiewicz rapacki maurer stoica bodnaras gottwald
    dubcek kardelj rankovic shehu sadat mubarak assad arafat khomeini gaddafi qaddafi taraki
    lumumba mobutu tshombe nkrumah nyerere gizenga sihanouk suharto subandrio nasution
    hammarskjold rusk mcnamara macmillan attlee pompidou mitterrand shastri
    mengistu karmal neto machel mugabe nujoma bhutto thatcher allende somoza pinochet
    dorticos bouteflika boumediene kaunda senghor nimeiri numeiri eden bidault spaak pineau menzies smith""".split()
)
# Whole names of the genre's figures whose words no list of given names or surnames knows, Cambodian
# and Lao above all (`Pol Pot’s closest collaborator`): each is a person wherever it stands.
LEADER_NAMES = frozenset(" ".join(name.split()) for name in (
    """pol pot|ieng sary|ieng thirith|khieu samphan|nuon chea|son sen|ta mok|hou yuon|hu nim|hun sen|heng samrin|
    chea sim|pen sovan|lon nol|sirik matak|penn nouth|norodom sihanouk|norodom ranariddh|son sann|
    kaysone phomvihane|nouhak phoumsavanh|souvanna phouma|phoumi nosavan|ne win|ba swe|
    sarit thanarat|thanom kittikachorn|ferdinand marcos|ngo dinh diem|ngo dinh nhu""".split("|")))
# Words that qualify an office head without being one ("Vice", "First", "Foreign").
TITLE_MODIFIERS = frozenset(
    """vice deputy first second third acting senior junior assistant executive general
    prime foreign permanent extraordinary extraordinaire plenipotentiary honorary former ex chief
    principal political military trade cultural press party state candidate alternate private personal
    special joint""".split()
)
# Long ranks by first letter: a word one letter away from one is a misspelt rank (`Asistant`).
_LONG_MODIFIERS: dict[str, tuple[str, ...]] = {
    first: tuple(m for m in sorted(TITLE_MODIFIERS) if m[0] == first and len(m) >= 8)
    for first in sorted({m[0] for m in TITLE_MODIFIERS})
}
# Parts a person plays in the document itself rather than offices.
PART_TITLES = {"interpreter": "interpreter", "translator": "translator", "speaker": "speaker",
               "rapporteur": "speaker", "reporter": "speaker"}

# Words naming organisations, places, events: a name candidate containing or
# followed by one of them is not a person ("Kim Il Sung University").
ORG_WORDS = frozenset(
    """committee committees party parties opposition department departments ministry ministries council
    foundation foundations archive archives program programme programs project center centre
    institute university academy school college library museum bureau office agency
    commission assembly presidium plenum congress conference session politburo politbureau
    secretariat presidency chancellery commissariat legation praesidium organs friendship solidarity
    government governments embassy embassies consulate mission army navy force forces corps
    division regiment brigade front command headquarters association federation league union
    unions society organization organisation organizations organisations company corporation enterprise factory plant
    works station port bank fund group provincial section sector directorate direction directions administration
    authority stasi securitate police militia gendarmerie senate sejm knesset bundestag
    court procuracy province provinces city county district region oblast krai raion
    prefecture municipality municipal republic republics countries kingdom empire square street avenue road bridge
    hotel palace building camp river lake mountain mountains mount sea ocean island islands trail highway area
    peninsula bay strait canal reservoir valley airport railway railways war wars
    revolution uprising movement campaign plan treaty pact agreement accords declaration
    charter doctrine line zone armistice liberation guerrilla day anniversary festival games crisis incident affair
    conflict conflicts
    newspaper daily times news press radio television sinmun ribao pravda izvestia xinhua bulletin gazette
    tass fleet cooperative cooperatives farm farms workers youth trade affairs defense
    defence security interior justice education culture health finance planning commerce
    industry agriculture construction transport communications labor labour control
    relations liaison international national supreme political military economic science
    protocol consular cabinet propaganda personnel cadres intelligence prensa agerpres tanjug agencja agentstvo agentura
    trybuna
    technology energy power hydroelectric electric steel coal chemical textile ministers
    leadership archiwum archiv archivum arhiva arhivele archivio leveltar staff
    board delegation delegations residence welfare social housing partido partito parti partei frente trabajo trabajadores
    fundacao fundacion fondation fondazione stiftung instituto institut istituto universidade universidad
    universite universita arquivo archivo ministerio ministere ministero
    """.split()
) | frozenset(
    # Abbreviations: organisations only when written in capitals (`UN`, not the syllable `Un`).
    ORG_ABBREVIATIONS := frozenset(
        """cc ck kwp cpsu ccp sed psr pcr mszmp mswp wpk dprk prc ussr gdr frg usa un nato mfa
        kgb cia vns spa kpa pla nkidp cwihp hppp""".split()
    )
)

# Head nouns that make a phrase name an organisation (`International Department`,
# `USSR Council of Ministers`); portfolios (`Defense`, `Foreign Affairs`) and places do not.
ORG_HEADS = frozenset(
    """department ministry party council presidium assembly embassy consulate bureau commission
    committee government army navy academy union front league agency office secretariat
    politburo cabinet directorate administration institute university congress parliament
    senate mission command headquarters federation association organization organisation
    court procuracy bank nations corps fleet plenum board""".split()
)
# Abbreviations of parties and bodies (not of countries) that name an organisation alone.
ORG_BODY_ABBREVIATIONS = frozenset(
    """cc ck kwp cpsu ccp sed psr pcr mszmp mswp hswp wpk mprp bcp pzpr kscs kpa pla mfa kgb
    cia un nato vns spa tass""".split()
)

# Capitalised words that are never part of a name or an office: function words,
# document words, the archive's chrome, months and days.
FUNCTION_WORDS = frozenset(
    """the a an this that these those then when during after before at in on of for from to
    with without by as if although though since because but and or also however moreover
    furthermore thus therefore apart regarding concerning referring relating speaking having being
    according representing once yesterday today tonight tomorrow last next now presently lastly finally first second
    third there here where while until upon under over between among against despite both each
    every all some many most no not only other others such another any several further please dear
    esteemed respected honoured honored copies
    yes he she they we i it his her their our my you your its him them us me who whom whose
    which what why how is was were are be been has had have do does did will would shall
    should can could may might must let thank thanks good very great greater new old red
    white black holy saint st more majesty highness excellency imperial
    note notes see source sources citation summary credits contents translation english
    original language incoming outgoing copy secret top strictly confidential attachment status priority urgency
    enclosure journal diary record records report reports information memorandum memo minutes
    conversation conversations telegram cable letter statement speech declaration agreement
    resolution decision instruction directive draft document documents digital
    history public policy html pdf search page pages volume vol fond opis delo listy file
    box folder collection translated obtained edited meeting meetings talk talks visit
    negotiation negotiations discussion discussions consultation consultations interview interviews
    reform reforms system
    reception dinner lunch breakfast banquet question questions answer issue issues point
    points item items appendix annex subject re ref urgent immediate priority attention
    january february march april may june july august september october november december
    feb apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday morning evening afternoon night noon midnight
    content subject topic date time place location venue present participants attendees attending chairing presiding
    interpretation attendants attendant transcript transcription transcriber receiving hosting visiting
    visitor visitors recipient recipients clerk clerks guest guests
    agenda purpose comment comments remark remarks conclusion reply response signature
    signed classification level keywords everyone everybody someone somebody nobody nothing
    everything anyone anybody
    unlike like beyond toward towards within throughout via along alongside around across
    behind beside except amid through inside outside
    later earlier afterwards afterward meanwhile subsequently recently initially still even
    already soon perhaps maybe indeed instead otherwise nevertheless nonetheless besides
    likewise similarly consequently hence accordingly again always never often sometimes
    usually especially particularly certainly surely clearly obviously apparently evidently
    naturally unfortunately fortunately eventually ultimately presumably reportedly allegedly undoubtedly
    one two three four five six seven eight nine ten eleven twelve twenty hundred thousand
    reference references figure figures personality personalities representatives activists""".split()
)

# Directions, nationalities, peoples and languages, countries and capitals: part of an office
# (`Soviet Ambassador`, `Ambassador in Cairo`) or a place or a language (`in Persian`), never of a name.
PLACE_WORDS = frozenset(
    """north south east west northeast northwest southeast southwest northern southern eastern
    western central upper lower inner outer middle far near
    soviet russian chinese korean japanese american british french german hungarian romanian
    polish czech czechoslovak slovak bulgarian albanian yugoslav mongolian vietnamese cuban
    indian indonesian cambodian lao laotian burmese italian spanish austrian swiss swedish
    finnish norwegian danish dutch belgian turkish arab egyptian israeli iranian iraqi syrian
    pakistani afghan ethiopian angolan african asian european latin socialist communist
    capitalist democratic people's peoples people revolutionary federal united states nations kingdom
    korea koreans china japan russia america germany hungary romania poland
    czechoslovakia bulgaria albania yugoslavia mongolia vietnam viet cuba india indonesia
    cambodia laos burma italy spain austria france britain england london paris berlin
    moscow beijing peking pyongyang seoul tokyo budapest bucharest warsaw prague sofia
    belgrade tirana hanoi washington kremlin stalingrad leningrad
    rome vienna bonn geneva helsinki stockholm oslo copenhagen brussels lisbon madrid athens ankara
    ottawa canberra cairo baghdad damascus tehran teheran kabul delhi jakarta djakarta rangoon havana
    caracas managua brasilia brasília sao são janeiro buenos aires bogota bogotá montevideo algiers tunis rabat khartoum accra conakry luanda maputo beirut amman vientiane
    saigon phnom penh shanghai nanjing nanking guangzhou taipei osaka kaesong panmunjom hamhung wonsan kiev minsk
    harbin tianjin tientsin dublin lublin
    jerusalem alexandria benghazi riyadh jeddah mecca kuwait aden muscat karachi lahore islamabad
    dacca dhaka colombo kathmandu bangkok manila singapore
    tashkent tbilisi dresden leipzig krakow gdansk bratislava zagreb ljubljana skopje sarajevo
    ulaanbaatar
    cyprus greece turkey egypt syria iraq iran israel pakistan afghanistan thailand malaysia
    singapore philippines australia canada mexico brazil argentina chile peru sweden finland
    norway denmark netherlands belgium switzerland portugal ireland algeria libya ethiopia
    kenya tanzania angola mozambique guinea ghana nigeria sudan yemen jordan lebanon
    kuwait nepal ceylon americans soviets russians germans hungarians romanians poles czechs
    bulgarians mongolians cubans
    bolivian venezuelan brazilian chilean argentine argentinian mexican peruvian colombian
    ecuadorian uruguayan paraguayan nicaraguan guatemalan panamanian salvadoran honduran
    dominican haitian canadian australian algerian moroccan tunisian libyan sudanese
    ghanaian guinean malian congolese nigerian kenyan tanzanian somali yemeni saudi
    jordanian lebanese palestinian kuwaiti afghani bangladeshi nepali emirati nepalese ceylonese thai malaysian filipino
    portuguese greek cypriot irish icelandic ukrainian byelorussian belorussian ukraine slovakia slovakian
    czechoslovakian yugoslavian rumanian rumania moldavian georgian armenian lithuanian latvian estonian
    uzbek kazakh tajik tibetan slovene slovenian croatian serbian macedonian montenegrin
    bolivia venezuela colombia ecuador uruguay paraguay nicaragua guatemala panama honduras
    morocco tunisia congo somalia
    senegal mali zambia chad niger cameroon uganda zimbabwe namibia madagascar benin liberia gabon
    mauritania dahomey rhodesia zaire botswana lesotho eritrea djibouti burundi rwanda gambia
    oman bahrain qatar bhutan kampuchea haiti jamaica grenada guyana suriname malta iceland
    senegalese zambian ugandan zimbabwean namibian malagasy liberian mauritanian rhodesian zairean
    zairian eritrean omani bahraini qatari kampuchean jamaican grenadian guyanese maltese cameroonian
    mozambican malawian malawi rwandan burundian chadian togolese togo beninese gabonese ivorian nigerien
    gambian sahrawi bissau scandinavian scandinavians nordic baltic
    persian persians hebrew urdu hindi kurdish kurds arabs arabic iranians iraqis egyptians israelis
    syrians afghans indians pakistanis laotians cambodians
    marxism leninism marxism-leninism anti-imperialism imperialism revisionism
    revisionist revisionists party's god christ kong macao taiwan
    manchuria siberia indochina europe asia africa pacific atlantic oriental occidental curtain
    comintern cominform komsomol kuomintang guomindang gmd kmt juche chollima""".split()
)
# Headline verbs in Title Case (`Zhou Enlai Receives Tran Tu Binh`): never inside a name.
HEADLINE_VERBS = frozenset(
    """receive receives received meet meets met greet greets greeted host hosts hosted visits
    visited holds sign signs signed send sends sent tells urges urged thanks welcome welcomes
    welcomed accept accepts accepted reject rejects rejected praise praises praised condemn
    condemns condemned discuss discusses discussed speaks spoke addresses addressed
    attends attended calls asks says writes replies informs proposes arrives returns supplements reports
    explains describes outlines recounts transmits forwards conveys recommends warns talking talks speaking""".split()
)
STOP_WORDS = FUNCTION_WORDS | PLACE_WORDS | HEADLINE_VERBS

# Lower-case words allowed between the capitalised words of an office phrase.
OFFICE_CONNECTORS = frozenset("of the for to in on at under".split())
# Lower-case nouns an office phrase may continue with ("head of the delegation").
OFFICE_NOUNS = frozenset(
    """delegation delegations committee department ministry party government embassy section
    bureau office council presidium group side staff mission protocol army navy commission board
    assembly secretariat politburo union league front administration parliament""".split()
)

# Lower-case adjectives naming what a department or section does ("head of the
# international department"): inside an office phrase, before one of its nouns.
OFFICE_ADJECTIVES = frozenset(
    """international consular economic legal organizational organisational ideological
    agricultural scientific technical financial administrative diplomatic internal external""".split()
)

EAST_ASIAN_SURNAMES = frozenset(
    """kim pak park bak ri rhee lee yi rim lim im choe choi chae chang jang cho jo chong jeong cheong
    jung chung han hong ho heo hyon hyeon kang kwon gwon ko go ku gu mun moon nam no noh o oh
    pang bang paek baek so seo son sin shin song sok seok to do yang yu ryu yun yoon won wi ha
    hwang chon jeon cheon chu ju kye gye ryom yom yeom an ahn ma min om eom pyon byeon tak
    chi kil ok pae bae sim shim tae ryang nho hyun
    zhou mao liu deng zhu peng chen wang zhang li zhao huang wu xu sun hu guo lin he gao luo
    zheng liang xie tang feng dong xiao cao yuan jiang cai pan du dai xia zhong tian ren fan
    shen yao lu jiao qian wei hao ouyang qiao geng ye tan bo yan xi kong qin shi su hua ji
    jia lei meng mo niu ou pu qi rao sha tao wen xiang xing xiong yin zeng zou
    zhan cheng ding cui fu fang bai qiu xue duan hou gu gong shao jin
    chou teng chu chang hsu sung tung chiang chao tsai tseng hsieh kuo lo liao tsou chiao""".split()
)
# Vietnamese family names: a person is named by all syllables (`Vo Nguyen Giap`) or,
# short, by the last one (`Giap`).
VIETNAMESE_SURNAMES = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui ho ngo duong ly truong dinh lam
    luong mai trinh dao cao ha ton chu thai quach tong khuat kieu lai ung""".split()
)
# Korean surnames shared by so many people that alone they are no label of one person.
COMMON_KOREAN_SURNAMES = frozenset(
    "kim pak park ri lee yi choe choi jong jeong chong kang han ho heo yun rim".split()
)

GIVEN_NAMES = frozenset(
    """john james robert michael william david richard charles joseph thomas christopher daniel
    paul mark donald george kenneth steven stephen edward brian ronald anthony kevin jason
    jeffrey gary timothy larry frank scott eric andrew raymond gregory joshua jerry dennis
    walter patrick peter harold douglas henry carl arthur ryan roger dean mary patricia linda
    barbara elizabeth jennifer maria susan margaret dorothy lisa nancy karen betty helen
    sandra donna carol ruth sharon michelle laura sarah kimberly deborah jessica cynthia
    angela melissa amy anna rebecca kathleen pamela martha christine marie janet catherine
    ann alice julie heather teresa evelyn jean katherine joan judith jane rachel andrea
    kathryn louise sara anne julia emily diana grace victoria eva ellen sophie lucy natalia
    christian sergey sergei james benjamin samuel nicholas jonathan alexander matthew justin
    adam aaron nathan zachary kyle noah ethan jacob lucas oliver max bernd hans karl
    friedrich wilhelm heinrich otto erich walter willi willy kurt horst günter gunter
    gerhard helmut helmuth werner klaus dieter jürgen jurgen manfred wolfgang rudolf hermann
    ernst franz fritz heinz herbert egon oskar albert alfred georg gustav hanna ingrid
    gisela ursula margot lotte hilde inge erika
    jános janos józsef jozsef istván istvan lászló laszlo ferenc gyula sándor sandor
    zoltán zoltan béla bela mátyás matyas imre károly karoly lajos antal mihály mihaly
    tibor géza geza ernő erno andrás andras pál jenő jeno dezső dezso rezső rezso frigyes
    gábor gabor péter pal zsolt katalin erzsébet erzsebet györgy gyorgy miklós miklos árpád arpad
    nicolae ion ioan gheorghe vasile constantin ilie emil petre mihai alexandru dumitru
    ştefan stefan iosef corneliu manea paul silviu chivu emil leonte elena valter iosif josif miron
    grigore virgil teodor mircea
    nikita leonid yuri yury andrei andrey alexei aleksei aleksey aleksandr alexandr
    anastas vyacheslav georgy georgii georgi mikhail nikolai nikolay ivan vladimir dmitri
    dmitry boris konstantin pavel semyon vasily vasili kliment lavrenty lavrentiy viktor
    valentin yevgeny evgeny anatoly anatoli oleg igor fyodor fedor grigory stepan ilya
    lev maxim kirill rodion pyotr petr arkady averky yekaterina ekaterina nadezhda olga
    tatiana tatyana irina galina svetlana lyudmila valentina
    władysław wladyslaw wojciech edward józef jozef stanisław stanislaw tadeusz zbigniew jerzy
    czesław czeslaw marian bolesław boleslaw kazimierz adam jan ryszard zenon
    todor georgi vulko valko anton dimitar petar zhivko traicho damian kiril stanko penko pencho
    boyan ognyan mladen stoyan dobri tsola
    josip edvard milovan aleksandar
    enver mehmet ramiz hysni
    klement antonín antonin gustáv gustav alexander ludvík ludvik václav vaclav
    yumjaagiin yumjaagiyn jambyn
    fidel raúl raul ernesto che carlos juan josé jose manuel luis jorge pedro antonio
    francisco miguel rafael ramón ramon osvaldo armando faustino humberto blas aníbal anibal
    vilma celia haydée haydee nicolás nicolas salvador augusto hugo sergio alberto eduardo
    roberto ricardo emilio joaquín joaquin joão joao fernando jânio janio juscelino getúlio
    getulio albino luís
    dwight lyndon harry gerald jimmy ronald henry dean cyrus zbigniew alexander averell
    konrad ludwig helmut willy charles françois francois jacques georges pierre jean
    harold clement anthony winston margaret brent marlin
    ian alan neil hugh roy keith colin nigel derek malcolm duncan stuart julian denis cyril ernest
    leonard geoffrey alec archibald selwyn tony robin
    mario flavio patricio víctor victor óscar oscar arnaldo
    jiří jiri josef karel františek frantisek jaroslav miroslav oldřich oldrich ladislav
    zdeněk zdenek bohuslav lubomír lubomir otakar vasil vladimír
    paweł pawel andrzej marek piotr krzysztof tomasz henryk mieczysław mieczyslaw
    wiesław wieslaw ludwik mikołaj mikolaj aleksander
    vidoje miloš milos veljko stane dragan lazar mijalko
    piro koçi koci spiro beqir haxhi kadri gogo nexhmije abdyl
    patrice kwame modibo sékou sekou gamal houari
    mengistu meles legesse berhanu tesfaye fikre getachew kassa goshu tamrat girma fisseha
    paulo luiz marcelo sebastião sebastiao afonso celso ulysses tancredo delfim golbery azeredo mário
    amintore giulio aldo pietro giuseppe giovanni luigi francesco enrico carlo sandro gianni bettino
    renato amedeo attilio giorgio massimo vittorio umberto edoardo lorenzo franco palmiro luciano mariano paolo
    ugo achille arrigo fausto enzo
    pablo enrique alejandro alfonso gonzalo ignacio javier gustavo rubén ruben vicente álvaro alvaro
    leopoldo calixto rené rene abelardo julio orlando ulises ramiro rolando reinaldo guillermo camilo
    rogelio heriberto efraín efrain nicanor alcibíades alcibiades gilberto lázaro lazaro arnoldo
    michel andré andre louis philippe maurice henri claude alain gaston valéry valery guy jules
    yitzhak golda moshe abba menachem shimon yigal teddy
    jawaharlal indira rajiv krishna morarji
    sean neville""".split()
)

OPENING_GIVEN_NAMES = frozenset(
    """abdullah abdallah abdul abdel abdur ahmad ahmed ahmet mohammed muhammad mohamed mohammad mehmed
    mahmoud mahmud hasan hassan husayn husain hossein ibrahim ismail yusuf yousef youssef musa mustafa
    mostafa khalid khaled salah salih saleh umar omar hamid hamed mahdi mehdi farid jamal jameel jamil naji nuri nouri
    rashid fuad fouad faisal faysal adil adel aziz anwar hafez hafiz yasser yasir zaki kamal kemal
    karim munir nasir habib hashim abbas jafar jaafar qasim taha walid shakir salwa fatima aisha
    suleiman sulayman tawfiq tawfik sadiq amir akbar reza ismet adnan celal turgut bulent recep
    sheikh shaikh sheik ben ghulam zulfikar zulfiqar liaquat ayub iskander mujibur ziaur""".split()
)
"""Given names of the Middle East and South Asia that open a full name (`Abdullah Goran`, `Farid al-Ahmar`,
`Sheikh Latif`, `Ben Bella`): a run opened by one is a person's name. Kept apart from
GIVEN_NAMES, whose members also decide which part of a name is the surname; in these names
that is not settled (`Saddam Hussein`, `Abdullah` alone)."""

_KOREAN_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|ts|tz|sh|hs|g|k|n|d|t|r|l|m|b|p|s|j|h|y|w|f)?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|ŏ|ŭ|a|e|o|u|i)"
    r"(?:ng|k|n|t|l|m|p|g|b|d|r|h)?"
)
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn"
    r"|ia|ie|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v)"
)
_EA_GIVEN = re.compile(rf"(?:{_KOREAN_SYLLABLE}|{_PINYIN_SYLLABLE}){{1,3}}")
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
_SLAVIC_SURNAME = re.compile(
    r"(?:[oe]v|[oe]va|sky|ski|skiy|skii|skaya|enko|ko|vich|wicz|[iy]cz|cki|cka|ska|owa|czyk|mann|[iy]n|[iy]na|yan|ian|uk|dze|shvili|escu|eanu|[aeiu]z|[aeě]k|ák|ík)$"
)
# Initials: one letter, or the two letters Russian (`Yu.`), Central European (`Fr.` Franz,
# `Wl.`/`Wł.` Władysław) and Romanian (`Gh.` Gheorghe) records abbreviate a given name to;
# capitalised headings write the Russian ones in capitals (`COMRADE SH. DAGVA`).
_INITIAL = re.compile(rf"^(?:[{UPPER}]\.|Yu\.|Ya\.|Ye\.|Iu\.|Ia\.|IU\.|IA\.|Ts\.|Sh\.|Ch\.|Zh\.|Kh\.|Fr\.|Wl\.|Wł\.|Gh\.|Th\.|Eh\.|EH\.|YU\.|YA\.|YE\.|TS\.|SH\.|CH\.|ZH\.|KH\.)$")
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:['’][sS]|(?<=[sS])['’]|(?<=[^\W\d_sS])['’])$")
_SLUG_STRIP = re.compile(r"[^a-z0-9]+")
_INITIALS_GLUED = re.compile(rf"\b([{UPPER}]\.)(?=[{UPPER}])")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case ASCII form of a word (diacritics and apostrophes gone)."""
    return unidecode(word).lower().replace("'", "").replace("’", "")


# `Anwar El Sadat`, `Al Assad`: the Arabic article written as a word of its own.
ARABIC_ARTICLES = frozenset(("al", "el"))
# `Muammar al-Gaddafi`, `Anwar el-Sadat`: an Arabic article hyphenated to the next word is part of the name.
ARABIC_ARTICLE = r"(?:al|el|ad|ar|as|ash|az)-"
_ARABIC_ARTICLE_RE = re.compile(rf"(?:{ARABIC_ARTICLE}|[AE]l-)(?=[{UPPER}])")


def without_arabic_article(word: str) -> str:
    """`al-Gaddafi` -> `Gaddafi`: the name a later reference may use alone."""
    article = _ARABIC_ARTICLE_RE.match(word)
    return word[article.end():] if article else word


@lru_cache(maxsize=65536)
def is_initial(token: str) -> bool:
    """`A.` or a Russian digraph initial like `Yu.`. Asked of every word of every name: remembered."""
    return bool(_INITIAL.match(token))


@lru_cache(maxsize=65536)
def is_honorific(word: str) -> bool:
    """`Comrade`, `Cde.`, `Com.`: capitalised or with its dot; `Hon`/`Com` need the dot."""
    folded = fold(word.rstrip("."))
    if folded not in HONORIFICS:
        return False
    if folded in LOWER_HONORIFICS:
        return word == folded + "."
    return word.endswith(".") or (word[:1].isupper() and folded not in DOTTED_HONORIFICS)


def _honorific_any_case(word: str) -> bool:
    folded = word.rstrip(".").lower()
    if folded in LOWER_HONORIFICS:
        return word == folded + "."
    return folded in HONORIFICS and (word.endswith(".") or folded not in DOTTED_HONORIFICS)


@lru_cache(maxsize=65536)
def is_title_word(folded: str) -> bool:
    """An office head as `_title_word` reads it, or one letter away from a long one: the
    records' typists misspell offices (`Minster`, `Ambassasor`), never part of a name."""
    if _title_word(folded):
        return True
    return (len(folded) >= 7 and folded.isalpha() and folded not in GIVEN_NAMES
            and any(Levenshtein.distance(folded, head, score_cutoff=1) <= 1
                    for head in _LONG_HEADS.get(folded[0], ())))


def is_title_modifier(folded: str) -> bool:
    """A rank before an office head (`Assistant`, `Deputy`), or one letter away from a long
    one, as the typists misspell them (`Asistant to the co-chairman`)."""
    if folded in TITLE_MODIFIERS:
        return True
    return (len(folded) >= 8 and folded.isalpha() and folded not in GIVEN_NAMES
            and any(Levenshtein.distance(folded, rank, score_cutoff=1) <= 1
                    for rank in _LONG_MODIFIERS.get(folded[0], ())))


# Prefixes that make a lesser or a joint office of a head (`under-secretary`, `co-chairman`).
_HEAD_PREFIXES = frozenset("under sub co".split())


def _title_word(folded: str) -> bool:
    """An office head, also plural (`counsellors`, `chairmen`, `secretaries`), hyphenated with its rank
    (`vice-minister`, `vice-prime`, `under-secretary`), a compound rank opening with a head
    (`ambassador-at-large`, `commander-in-chief`, `minister-counselor`) or a general's
    (`major-general`, `brigadier-general`)."""
    if folded in TITLE_HEADS:
        return True
    if folded.endswith("men") and folded[:-3] + "man" in TITLE_HEADS:
        return True
    if folded.endswith("s") and folded[:-1] in TITLE_HEADS:
        return True
    if folded.endswith("ies") and folded[:-3] + "y" in TITLE_HEADS:
        return True
    parts = folded.split("-")
    if len(parts) > 1 and (parts[0] in TITLE_HEADS or (parts[0] in _HEAD_PREFIXES and parts[-1] in TITLE_HEADS)
                           or parts[-1] == "general"):
        return True
    return (len(parts) > 1 and all(p in TITLE_HEADS or p in TITLE_MODIFIERS for p in parts)
            and any(p in TITLE_HEADS or p == "prime" for p in parts))


def is_organization_word(word: str, folded: str) -> bool:
    """A word naming an organisation; abbreviations count only in capitals."""
    return folded in ORG_WORDS and (folded not in ORG_ABBREVIATIONS or is_upper_word(word))


@lru_cache(maxsize=65536)
def strip_possessive(word: str) -> str:
    """`Kim's` -> `Kim`; `Workers'` stays (a plural, not a name's possessive)."""
    return _POSSESSIVE.sub("", word) if not word.endswith(("s'", "s’", "S'", "S’")) else word


@lru_cache(maxsize=65536)
def is_upper_word(word: str) -> bool:
    """An all-capitals word of two letters or more: an abbreviation or a shouted surname."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=65536)
def is_east_asian_given(word: str) -> bool:
    """True when each hyphen part of `word` reads as one to three romanized syllables."""
    parts = fold(word).split("-")
    return all(part and _EA_GIVEN.fullmatch(part) for part in parts)


def is_east_asian_name(tokens: list[str] | tuple[str, ...]) -> bool:
    """`Pak Geum-cheol`, `Kim Il Sung`, `Song Renqiong`: surname first, syllabic given name."""
    return _east_asian_name(tuple(tokens))


@lru_cache(maxsize=65536)
def _east_asian_name(tokens: tuple[str, ...]) -> bool:
    if is_vietnamese_name(tokens):
        return True
    if not 2 <= len(tokens) <= 3 or fold(tokens[0]) not in EAST_ASIAN_SURNAMES:
        return False
    rest = tokens[1:]
    if len(rest) == 2 and "-" in rest[0]:
        return False
    return all(is_east_asian_given(t) and len(fold(t).replace("-", "")) <= (11 if "-" in t else 9)
               for t in rest)


@lru_cache(maxsize=65536)
def is_vietnamese_name(tokens: tuple[str, ...]) -> bool:
    """`Ho Chi Minh`, `Pham Van Dong`, `Le Duan`: a Vietnamese family name, then one to
    three capitalised single syllables."""
    return (2 <= len(tokens) <= 4 and fold(tokens[0]) in VIETNAMESE_SURNAMES
            and all(t[:1].isupper() and t[1:].islower() and _VIETNAMESE_SYLLABLE.fullmatch(fold(t))
                    for t in tokens[1:]))


@lru_cache(maxsize=65536)
def has_slavic_or_european_surname(word: str) -> bool:
    """Surname endings common in Russian, Central European, Romanian and Spanish names."""
    folded = word.lower()
    return len(folded) > 3 and bool(_SLAVIC_SURNAME.search(folded))


def normalise_case(name: str) -> str:
    """`A. M. PUZANOV` -> `A. M. Puzanov`, `SH. DAGVA` -> `Sh. Dagva`; mixed-case words
    keep their case."""
    out = []
    for word in name.split(" "):
        if is_upper_word(word):
            word = "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
        out.append(word)
    return " ".join(out)


@lru_cache(maxsize=65536)
def canonical_spacing(name: str) -> str:
    """`A.M. Puzanov` -> `A. M. Puzanov`: one space after each initial. Names recur: remembered."""
    return _SPACE.sub(" ", _INITIALS_GLUED.sub(r"\1 ", name)).strip()


# `I[van].`, `P.[aul]`: a spelled-out initial drops the initial's full stop.
_SPELLED_OUT = re.compile(r"(\[\w{2,}\])\.|(?<=\b[A-Z])\.(?=\[\w{2,}\])")


@lru_cache(maxsize=65536)
def clean_name(surface: str) -> str:
    """A surface form as a label: brackets, honorifics and possessive removed, spaces single."""
    words = _SPACE.sub(" ", _SPELLED_OUT.sub(lambda m: m.group(1) or "", surface).replace("[", "").replace("]", "")).strip().split(" ")
    while words and _honorific_any_case(words[0]):
        words = words[1:]
    if words:
        words[-1] = strip_possessive(words[-1])
    return " ".join(w for w in words if w)


@lru_cache(maxsize=65536)
def preferred_form(name: str) -> str:
    """The label a person is known by: initials spaced, shouted surnames in normal case."""
    return normalise_case(canonical_spacing(name))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Spelling-insensitive key: case, diacritics, spaces, hyphens, dots and possessive folded."""
    return _SLUG_STRIP.sub("", fold(clean_name(name)))


_KR_VOWELS = (("eo", "o"), ("eu", "u"), ("ŏ", "o"), ("ŭ", "u"), ("wo", "o"))
_KR_CONSONANTS = str.maketrans({"g": "k", "d": "t", "b": "p", "r": "l", "j": "c"})
_SURNAME_FOLD = {
    "park": "pak", "bak": "pak", "lee": "ri", "yi": "ri", "rhee": "ri", "i": "ri", "li": "ri",
    "lim": "rim", "im": "rim", "choi": "choe", "ahn": "an", "noh": "no", "oh": "o",
    "moon": "mun", "yoon": "yun", "shin": "sin", "jeong": "chong", "jung": "chong",
    "chung": "chong", "jong": "chong", "heo": "ho", "hur": "ho", "kang": "kang",
}


@lru_cache(maxsize=65536)
def romanization_key(name: str) -> str:
    """Key under which McCune–Reischauer and Revised Romanization spellings coincide.

    `Pak Geum-cheol`, `Pak Kum Chol` and `Park Kum-chol` share a key; `Kim Il` and
    `Kim Il Sung` do not. Vowels and voiced/unvoiced consonant pairs are folded,
    syllable separators dropped and doubled letters collapsed.
    """
    words = fold(clean_name(name)).replace(".", " ").split()
    if not words:
        return ""
    words[0] = _SURNAME_FOLD.get(words[0], words[0])
    text = "".join(words).replace("-", "")
    for old, new in _KR_VOWELS:
        text = text.replace(old, new)
    text = text.replace("sh", "s").replace("ch", "c").translate(_KR_CONSONANTS)
    text = re.sub(r"[^a-z]", "", text)
    return re.sub(r"(.)\1+", r"\1", text)


_NAME_SUFFIXES = frozenset(("Jr.", "Sr."))


@lru_cache(maxsize=65536)
def surname_of(name: str) -> str:
    """The surname token: first for East Asian names and before trailing initials
    (`Kryukov M. E.`), last otherwise; initials typed without spaces (`N.P.Firiubin`) are apart."""
    tokens = canonical_spacing(clean_name(name)).split()
    if len(tokens) > 2 and tokens[-1] in _NAME_SUFFIXES:
        tokens.pop()
    if not tokens:
        return ""
    if len(tokens) > 1 and is_east_asian_name(tokens):
        return tokens[0]
    if len(tokens) > 1 and not is_initial(tokens[0]) and all(is_initial(t) for t in tokens[1:]):
        return tokens[0]
    return tokens[-1]


@lru_cache(maxsize=65536)
def initials_first(name: str) -> str | None:
    """`Kryukov M. E.` -> `M. E. Kryukov` (a Russian surname written before its initials)."""
    tokens = canonical_spacing(name).split()
    if len(tokens) > 1 and not is_initial(tokens[0]) and all(is_initial(t) for t in tokens[1:]):
        return " ".join(tokens[1:] + tokens[:1])
    return None


@lru_cache(maxsize=65536)
def surname_key(word: str) -> str:
    """A surname folded across romanizations (`Park`, `Bak` -> `pak`)."""
    folded = fold(word)
    return _SURNAME_FOLD.get(folded, folded)


def initials_compatible(short: str, full: str) -> bool:
    """`N. S. Khrushchev` may be `Nikita Khrushchev`: same surname, initials agree (J as Y)."""
    a, b = clean_name(short).split(), clean_name(full).split()
    if not a or not b or fold(a[-1]) != fold(b[-1]):
        return False
    return all(initial_sound(x) == initial_sound(y) for x, y in zip(a[:-1], b[:-1]))


def initial_sound(word: str) -> str:
    """`J. Andropov` in a Hungarian or German record is `Y. Andropov` in an English one: a
    Russian given name's initial J and Y transliterate one letter (Юрий, Яков, Евгений)."""
    letter = fold(word)[:1]
    return "y" if letter == "j" else letter


@lru_cache(maxsize=65536)
def slug(name: str) -> str:
    """`Pak Geum-cheol` -> `pak-geum-cheol`, `A. M. Puzanov` -> `a-m-puzanov`."""
    text = unicodedata.normalize("NFKC", name).replace("?", "")  # a lost letter (`Kova?evic`) breaks no word
    return _SLUG_STRIP.sub("-", fold(text)).strip("-") or "person"


def word_pattern(words: Iterable[str], either_case_first: bool = False) -> str:
    """A regex alternation of `words` factored into a trie, longer words tried first.

    Python's `re` tries the branches of `a|b|c…` one after the other at every
    position; factored by common prefixes, a lexicon of a hundred words costs a
    few character tests. `either_case_first` lets the first letter be of either case.
    """
    trie: dict[str, dict] = {}
    for word in words:
        if either_case_first:
            word = word[:1].lower() + word[1:]
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie, either_case_first)


def _trie_pattern(node: dict[str, dict], either_case_first: bool = False) -> str:
    ends = "" in node
    branches = []
    for char in sorted(c for c in node if c):
        head = re.escape(char)
        if either_case_first and char.upper() != char:
            head = f"[{re.escape(char.upper())}{head}]"
        branches.append(head + _trie_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body


@lru_cache(maxsize=65536)
def doubled_letter(a: str, b: str) -> bool:
    """`Pulai` and `Pullai`, `Kis` and `Kiss`: a letter written once or twice tells
    families apart (Hungarian above all), no typist's slip."""
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(
        long_[i] == long_[i - 1] and long_[:i] + long_[i + 1:] == short for i in range(1, len(long_)))


def misspelt_surname(a: str, b: str, shortest: int = 6) -> bool:
    """`Chervenenko` and `Chervonenko`, `Ceausescu` and `Ceasescu`, `Bodnaras` and
    `Bondaras`: two long surnames a letter apart (one changed, dropped or added, or two
    neighbours swapped, never the first; in one of eight letters or more, two swapped
    round a third, `Kharazov` and `Khazarov`) are one surname a typist or translator
    misspelt. A feminine ending (`Petrov`/`Petrova`, `Kowalski`/`Kowalska`) names another
    person and keeps them apart. Every pair of a document's persons is asked: remembered.
    `shortest` is the shortest surname so read; a caller with more evidence (the same given
    names written out) may read shorter ones."""
    a, b = fold(a), fold(b)
    if a == b or min(len(a), len(b)) < shortest or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) == len(long_):
        diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(diffs) == 2:
            i, j = diffs
            return (j == i + 1 or j == i + 2 and len(a) >= 8) and a[i] == b[j] and a[j] == b[i]
        return len(diffs) == 1 and not (diffs[0] == len(a) - 1 and {a[-1], b[-1]} & {"a"})
    if long_.startswith(short) and long_[-1] == "a":
        return False
    return any(long_[:i] + long_[i + 1:] == short for i in range(1, len(long_)))
