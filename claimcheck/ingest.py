"""First pipeline stage: files -> Documents.

A Document keeps the decoded original (`raw`), a cleaned `text` with an offset map back to `raw`,
the publication date and the boilerplate regions of `text` that no claim may come from. Every
cleaning step goes through `_Builder`, which appends pieces of text together with the raw position
of each character, so `Document.span` always points at the original characters.
"""

from __future__ import annotations

import bisect
import html
import itertools
import json
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache, partial
from html.parser import HTMLParser
from pathlib import Path

try:  # the regular-expression parser (needed_text)
    from re import _parser as regex_parser
except ImportError:  # Python 3.10
    import sre_parse as regex_parser  # type: ignore[no-redef]

from .errors import InputError, Msg, ReferenceFileError
from .lexicon import MONTH_NAMES, WEEKDAY_NAMES
from .model import Document

# --------------------------------------------------------------------------------------------
# Language and web facts (data only)
# --------------------------------------------------------------------------------------------

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
FORMATS = {"txt": "txt", "md": "md", "markdown": "md", "html": "html", "htm": "html"}

# Words that introduce a publication or update date on a byline or metadata line.
DATE_LABELS = (
    "published", "published on", "published at", "posted", "posted on", "posted at",
    "first posted", "first published", "updated", "updated on", "updated at", "last updated",
    "last updated on", "last updated at", "last modified", "date", "dated", "created",
    "originally published", "this story was originally published", "this article was originally published",
    "released", "publication date", "release date",
    "pubblicato", "pubblicato il", "aggiornato", "aggiornato il", "ultimo aggiornamento",
    "data", "data di creazione", "data di pubblicazione",
    "publié", "publié le", "mis à jour", "mis à jour le", "date de publication", "créé le",
    "veröffentlicht", "veröffentlicht am", "aktualisiert", "aktualisiert am", "stand", "datum",
    "erstellt am",
    "publicado", "publicado el", "publicado em", "actualizado", "actualizado el", "fecha",
    "fecha de publicación", "atualizado", "atualizado em", "data de publicação",
    "gepubliceerd", "gepubliceerd op", "bijgewerkt", "bijgewerkt op", "laatst bijgewerkt",
)
DATE_CONNECTORS = ("and", "at", "on", "um", "am", "le", "il", "el", "em", "op", "alle", "ore", "à", "a las", "h")
TIME_ZONES = (
    "GMT UTC Z BST CET CEST EET EEST WET WEST MSK IST HKT JST KST SGT AEST AEDT ACST AWST NZST "
    "NZDT EST EDT CST CDT MST MDT PST PDT AKST HST ET CT MT PT"
).split()
# Zones of the Americas and universal time, which say nothing of the order of a numeric date; every
# other zone, or an offset east of Greenwich ("GMT+2", "+05:30"), dates a stamp where the day comes
# first ("Published on 11/07/2026 - 22:47 GMT+2" is 11 July).
MONTH_FIRST_ZONES = frozenset("GMT UTC Z EST EDT CST CDT MST MDT PST PDT AKST HST ET CT MT PT".split())

# Newswires and press-release services, as they sign or credit a release.
NEWSWIRES = (
    "pr[ -]?newswire", "globe[ -]?newswire", "business[ -]?wire", "access[ -]?wire", "marketwired",
    "cision", "ein presswire", "newsfile", "prweb", "news aktuell", "ots", "dpa-afx",
    "immediapress", "pr\\.com", "newswire",
)

# Whole lines of site furniture (compared lower-cased, without list markers and trailing
# punctuation).
NAVIGATION_LINES = {
    "ok", "accept", "accept all", "i agree", "got it", "close", "menu", "search", "home",
    "advertisement", "advertising", "sponsored", "sponsored content", "ad", "read more",
    "continue reading", "full text", "full story", "share", "share this",
    "tweet", "email", "e-mail", "print", "comment", "comments", "reply", "like this",
    "like loading...", "loading...", "loading", "related", "related articles",
    "related stories", "related coverage", "more", "see more", "show more", "load more",
    "view more", "view more headlines", "more headlines", "next", "previous", "back to top",
    "skip to content", "skip to main content", "subscribe", "sign in", "sign up", "log in",
    "login", "register", "newsletter", "follow us", "yesterday", "today", "schedule a call",
    "talk to us", "click here", "watch", "watch video", "play video", "video", "photo",
    "photos", "gallery", "image", "top stories", "trending", "most read", "most popular",
    "latest news", "exclusive",
    "leggi anche", "leggi di più", "condividi", "pubblicità", "weiterlesen", "mehr lesen",
    "teilen", "anzeige", "werbung", "lire aussi", "lire la suite", "partager", "publicité",
    "leer más", "compartir", "publicidad", "leia mais", "compartilhar", "publicidade",
    "lees meer", "delen", "advertentie",
}
NAVIGATION_PATTERNS = (
    r"in the (?:last|past) (?:half[- ]hour|hour|day|week|month|\d+ \w+)",
    r"(?:share(?: this)?|follow us)(?: on)?:?(?: (?:facebook|twitter|x|linkedin|whatsapp|email|"
    r"e-mail|print|more|pinterest|google\+?|reddit|telegram|messenger|copy link|sms))*",
    r"\d+ comments?",
    r"page \d+ of \d+",
    r"sorry,? no .{0,60}\bfound\b.*",
    r"having trouble (?:viewing|watching) .*",
    r"try disabling any ad ?block.*",
    r"(?:join us|sign up|subscribe|click here|download (?:the|our)|follow us|register now|"
    r"book a|schedule a|talk to us|contact us|get in touch)\b.*",
    # a link's label and title: "Read more: 5 things to know about earthquakes"
    r"(?:read more|read also|also read|see also|more|more on this|related|recommended|must read|"
    r"don't miss|watch|listen|video|photos?|gallery)\s*:\s*\S+(?:\s+\S+){0,15}",  # a title, not a paragraph
    # a page's own clock and counters: "Posted 2 hours ago", "1.2K shares"
    r"(?:(?:posted|updated|published|last updated)\s*:?\s*)?(?:about |over )?(?:\d+|an?|one) "
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago",
    r"(?:(?:share|follow) (?:this )?(?:article|story|page|post)\W*)?[\d.,]+\s?[km]? "
    r"(?:shares?|comments?|views?|likes?|reactions?|followers?)",
    r"(?:share|email|print) (?:this )?(?:article|story|page|post)",
)
# Lines that head a list of other stories' titles ("Most read", "Related stories"): the short
# title-like lines after one are the list.
LIST_HEADINGS = {
    "most read", "most popular", "most viewed", "most shared", "top stories", "trending", "trending now",
    "latest news", "related", "related articles", "related stories", "related coverage",
    "more headlines", "more stories", "more news", "you may also like", "you might also like",
    "recommended", "recommended for you", "editor's picks", "editors' picks", "popular now",
    "in other news", "more from this section", "top news", "also in the news",
}
LIST_TITLE_WORDS = 16

# Patterns that make the whole line boilerplate, by reason, in table order. They are searched
# in the lower-cased text with re.MULTILINE; `_BOL` is a line start past markers and quotes.
_BOL = r"^[^\w\n]*"
_WIRES = "|".join(NEWSWIRES)
BOILERPLATE_PATTERNS: dict[str, tuple[str, ...]] = {
    "cookie banner": (
        r"^(?=[^\n]*\bcookies?\b)(?=[^\n]*\b(?:privacy|consent|personal data|polic(?:y|ies)|"
        r"(?:this|our) (?:web)?site|browsing|tracking|preferences)\b)[^\n]*",
        r"by (?:clicking|continuing to (?:use|browse))\b", r"we use cookies", r"accept all cookies",
        r"utilizziamo (?:i )?cookie", r"wir verwenden cookies", r"nous utilisons des cookies",
        r"utilizamos cookies", r"wij gebruiken cookies",
    ),
    "newswire disclaimer": (
        r"contenuto promozionale", r"comunicato stampa sponsorizzato", r"responsabilità editoriale",
        r"non sono (?:in nessun modo )?(?:coinvolti|responsabili)", r"servizio di diffusione di comunicati",
        r"für den inhalt (?:der|dieser) (?:pressemitteilung|meldung)[^\n]*verantwortlich",
        r"übermittelt durch", r"contenu promotionnel", r"contenido promocional",
        r"conteúdo promocional", r"comunicado de prensa (?:patrocinado|promocional)",
        r"promotionele inhoud", r"is solely responsible for the content",
        r"not responsible for the content",
        rf"{_BOL}source:[^\S\n]*(?:{_WIRES})\b",
        rf"{_BOL}(?:{_WIRES})(?:[^\S\n]*[/|,&][^\S\n]*[\w-]+)*[^\w\n]*(?:\]\([^)\n]*\))?[^\w\n]*$",
        rf"{_BOL}[\w.-]+/(?:{_WIRES}|[\w-]*newswire)[^\w\n]*(?:\]\([^)\n]*\))?[^\w\n]*$",
    ),
    "original-content link": (
        rf"{_BOL}view (?:the )?original content\b", rf"{_BOL}view source version\b",
        rf"{_BOL}to view the original version\b", rf"{_BOL}originally published (?:at|on|by)\b",
    ),
    "copyright": (
        rf"{_BOL}(?:copyright[^\S\n]*(?:©|\(c\)|\d{{4}})|©|\(c\)[^\S\n]*\d{{4}})", r"all rights reserved",
        r"this material may not be (?:published|broadcast|rewritten|redistributed)",
        r"tutti i diritti riservati", r"riproduzione riservata", r"alle rechte vorbehalten",
        r"tous droits réservés", r"todos los derechos reservados", r"todos os direitos reservados",
        r"alle rechten voorbehouden",
    ),
}

# Patterns marked where they occur (not the whole line), searched in the lower-cased text.
SPAN_PATTERNS: dict[str, tuple[str, ...]] = {
    "url": (r"(?:https?://|www\.)[^\s<>()\[\]{}\"'`]+[^\s<>()\[\]{}\"'`.,;:!?]",),
    "contact": (
        r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
        r"\b(?:tel|phone|ph|fax|mobile|mob|cell|telefon|telefono|téléphone|tél|teléfono)\.?"
        r"[^\S\n]*:?[^\S\n]*\+?\(?\d[\d \t().-]{5,}\d",
        r"(?<![\w+])\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}\b",
        r"\(\d{3}\) ?\d{3}-\d{4}\b", r"(?<![\d.-])\d{3}[-.]\d{3}[-.]\d{4}\b",
        r"(?:\(\d{3}\) ?|(?<![\d.-])\d{3}[-.])\d{3}[-.][a-z]{4}\b",  # a number spelt in letters: "601-355-TIPS"
    ),
    "photo credit": (
        r"\((?:photo|image|foto|bild|picture)s?(?: credit)?:[^()\n]{0,80}\)",
        r"\([^()\n]{0,40}\b(?:photo|image|foto|file)\)", r"buy photo\b",
    ),
    "navigation": (r"please enable javascript\b[^.\n]{0,40}?\b(?:video|page|site|content)\b",),
    # a broadcaster's promotion of itself: "Stay with WSFA 12 News for updates.", "Stay with WWL-TV
    # for the latest on ..." (its station's name is no name of the story)
    "promotion": (r"\bstay with\b[^.\n]{1,60}?\bfor (?:the latest|updates|more)\b[^.\n]*\.?",),
}

# Labels of page metadata; the short line after a bare label is metadata too.
METADATA_LABELS = (
    "category", "categories", "tag", "tags", "author", "authors", "keywords", "topics",
    "filed under", "source", "section", "description", "categoria", "categorie", "autore",
    "descrizione", "parole chiave", "fonte", "data di creazione", "data di pubblicazione",
    "kategorie", "schlagwörter", "stichwörter", "autor", "autorin", "quelle", "catégorie",
    "catégories", "mots-clés", "auteur", "étiquettes", "categoría", "etiquetas",
    "fuente", "palabras clave", "fonte", "palavras-chave", "trefwoorden", "auteur", "bron",
)
CONTACT_LABELS = (
    r"(?:media|press|investor|pr|editorial|news)?\s*(?:contacts?|enquiries|inquiries)"
    r"(?: (?:for|information)(?: \w+)?)?",
    r"for (?:more|further) information(?:,? (?:please )?contact)?",
    r"pressekontakt", r"kontakt", r"für rückfragen", r"contatti", r"contatto stampa",
    r"ufficio stampa", r"contacts? presse", r"contacto(?: de prensa)?", r"contato(?: de imprensa)?",
    r"perscontact", r"persinformatie",
)

# Characters cleaned to a plain space (same length) or removed (zero-width, soft hyphen, BOM).
WHITESPACE = ("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
              "\u202f\u205f\u3000\u000b\u000c\u0085\u2028\u2029")
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))

# HTML: elements whose content is not main text, elements that end a line, and where the
# publication date is declared.
HTML_SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside",
             "form", "button", "svg", "iframe", "title", "select", "textarea", "object"}
HTML_BLOCK = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
              "h6", "br", "hr", "tr", "table", "section", "article", "main", "blockquote",
              "pre", "figure", "figcaption", "address", "caption"}
HTML_CELL = {"td", "th"}
HTML_MAIN = {"main", "article"}
HTML_DATE_META = ("article:published_time", "og:published_time", "datepublished",
                  "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
                  "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
                  "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
                  "citation_publication_date", "citation_date")
FRONT_MATTER_DATE_KEYS = ("date", "published", "pubdate", "publishdate", "published_at",
                          "publication_date", "datepublished")

DATELINE_LINES = 15
MAX_SHORT_LINE_WORDS = 10
HEADLINE_LIST_MIN = 2
HEADLINE_STAMP_CHARS = 40
TIMESTAMP_MAX_CHARS = 100
DATELINE_MAX_CHARS = 120
BINARY_CONTROL_SHARE = 0.10
NON_WESTERN_LETTER_SHARE = 0.30

# --------------------------------------------------------------------------------------------
# Compiled patterns
# --------------------------------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


MONTHS: dict[str, int] = {
    name: number
    for names in MONTH_NAMES.values()
    for number, alternatives in enumerate(names, start=1)
    for name in alternatives.split()
}
_MONTH = rf"(?i:\b(?:{_alternation(MONTHS)})\b)\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º|°)?"
_YEAR = r"(?:1[89]|20)\d{2}"
_DATE_SOURCE = (
    rf"(?P<m1>{_MONTH})\s*(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})(?!\d)"
    rf"|(?<!\d)(?P<d2>{_DAY})\.?(?:\s+|-)(?i:de\s+)?(?P<m2>{_MONTH}),?(?:\s+|-)(?i:de\s+|del\s+)?"
    rf"(?P<y2>{_YEAR}|(?<=-)\d{{2}})(?!\d)"
    rf"|(?<![\d/.-])(?P<y3>{_YEAR})(?P<s3>[-/.])(?P<m3>\d{{1,2}})(?P=s3)(?P<d3>\d{{1,2}})(?!\d)"
    rf"|(?<![\d/.-])(?P<a4>\d{{1,2}})/(?P<b4>\d{{1,2}})/(?P<y4>{_YEAR}|\d{{2}})(?![\d/])"
    rf"|(?<![\d/.-])(?P<d5>\d{{1,2}})[.-](?P<m5>\d{{1,2}})[.-](?P<y5>{_YEAR})(?!\d)"
)
DATE_RE = re.compile(_DATE_SOURCE)
_DATE_ANY = re.sub(r"\?P<\w+>", "?:", re.sub(r"\(\?P=s3\)", "[-/.]", _DATE_SOURCE))
_PARTIAL = rf"(?<!\d){_DAY}\.?\s+{_MONTH}|{_MONTH}\s*{_DAY}(?!\d)"
_TZ = rf"\b(?:{'|'.join(TIME_ZONES)})(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?\b|[+-]\d{{2}}:?\d{{2}}\b"  # "GMT+1", "UTC-05:00"
_ZONE_RE = re.compile(rf"\b(?P<zone>{'|'.join(TIME_ZONES)})(?P<offset>[+-]\d{{1,2}}(?::?\d{{2}})?)?\b"
                      r"|(?<![\w:])(?P<bare>[+-])\d{2}:?\d{2}\b")
_TIME = (r"(?<!\d)\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?\s?m\.?))?(?!\d)"
         rf"|(?<!\d)\d{{1,2}}\s*(?i:[ap]\.?m\.?)(?!\w)|(?<!\d)\d{{4}}(?=\s*(?:{_TZ}))")
_WEEKDAY = rf"(?i:\b(?:{_alternation(WEEKDAY_NAMES)})\b)\.?"
_LABEL = rf"(?i:\b(?:{_alternation(DATE_LABELS)})\b)"
_CONNECTOR = rf"(?i:\b(?:{_alternation(DATE_CONNECTORS)})\b)"

_ISO_DATETIME = r"(?<![\d-])(?:1[89]|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?!\w)"
TIMESTAMP_PARTS_RE = re.compile("|".join([_ISO_DATETIME, _DATE_ANY, _PARTIAL, _TIME, _TZ, _WEEKDAY, _LABEL,
                                          _CONNECTOR]))
TIMESTAMP_WORDS = {
    word for phrase in (*MONTHS, *WEEKDAY_NAMES, *DATE_LABELS, *DATE_CONNECTORS, *TIME_ZONES)
    for word in re.findall(r"[^\W\d_]+", phrase.lower())
} | {"am", "pm", "a", "m", "p", "st", "nd", "rd", "th", "er", "de", "del", "º", "t", "z"}  # t, z: ISO 8601
LETTERS_RE = re.compile(r"[^\W\d_]+")
DATELINE_HINT_RE = re.compile(r"[\d(/]")
DIGIT_RE = re.compile(r"\d")
DIGITS_RE = re.compile(r"\d+")
# A byline: "By WLBT Staff", "by: NBC4 Staff", "By Jane Doe and Tom Lee": who wrote the report.
_BYLINE_NAME = r"[A-Z][\w.'’-]*"
_BYLINE = rf"(?i:by):?\s+{_BYLINE_NAME}(?:\s+(?:{_BYLINE_NAME}|and|&)){{0,5}}"
# ...before a stamp, with its affiliation: "By Jane Smith, Staff writer | Published 3 March 2026"
AUTHOR_RE = re.compile(rf"\s*{_BYLINE}(?:\s*,\s*[A-Z][\w&.'’ -]{{1,40}}?)?\s*[|•·—–-]\s*")
# ...on a line of its own, its affiliation in capitals: "By Jane Doe and Tom Lee, The Associated
# Press", "By JOHN DOE | Reporter"
BYLINE_LINE_RE = re.compile(rf"{_BYLINE}(?:\s*[,|•·]\s*(?:[Tt]he\s+)?{_BYLINE_NAME}(?:\s+{_BYLINE_NAME}){{0,4}})?\s*")
DATE_LABEL_RE = re.compile(rf"\s*{_LABEL}\W*")
# A metadata line of fields ("TNN | Jun 11, 2026, 04.22 IST", "Maharashtra | PTI with inputs |
# Updated: June 10, 2026 7:41 pm IST"): a source, a section or a place beside the stamp.
METADATA_FIELD_SEPARATOR_RE = re.compile(r"\s+[|•·]\s+")
METADATA_FIELD_RE = re.compile(r"[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,5}")
METADATA_MAX_FIELDS = 4
_PLACE_WORD = r"[A-Z][\w.'’&-]*"
_PLACE_STOPWORDS = r"(?!(?:On|In|At|By|The|Since|Until|From|Before|After|During|As|For|Of)\b)"
WIRE_DATELINE_RE = re.compile(
    rf"(?:(?P<place>{_PLACE_STOPWORDS}{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,4}}"
    rf"(?:,\s*{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}})?)\s*,?\s*)?"
    rf"\(?\s*(?P<date>{_DATE_ANY}|{_PARTIAL})?\s*\)?,?\s*"
    rf"(?P<wire>/[^/\n]{{2,40}}/|\([^()\n]{{2,40}}\))?\s*"
    r"(?P<dash>--?|[–—―“”\"]|:(?=\s)|$)"
)
_CLOCK = r"(?<!\d)\d{1,2}:\d{2}(?:\s*(?i:[ap]\.?m\.?))?"
HEADLINE_STAMP_RE = re.compile(
    rf"(?:{_CLOCK}\s*)?(?:(?<!\d)\d{{1,2}}[-/ .](?:{_MONTH}|\d{{1,2}})[-/ .]\d{{2,4}}"
    rf"|(?:{_PARTIAL})(?:,?\s+{_YEAR})?)\)?\s*$|{_CLOCK}\)?\s*$"
)
# Dates in the path or query of a news URL, most explicit first: /2007/04/09/, /2007-04-09-slug,
# /2013/03/14/ and /20130314/; /2007/US/04/09/ (a section between year and month); and a compact
# YYYYMMDD between non-digits (ymd=20081216, /20111111.htm, idUSTRE7A94OI20111110).
URL_DATE_RES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<sep>[-/]?)(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?=[/_.-]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/[A-Za-z][\w-]{0,30}/(?P<m>\d{2})/(?P<d>\d{2})(?=/)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?!\d)"),
)
URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+", re.I)
LINK_TARGET_RE = re.compile(r"\]\([^()\s]*\)")
MARKDOWN_MARKERS_RE = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+•·▪●◦]\s+|\d{1,3}[.)]\s+|[*_]{1,3})+")
KEY_TRAILING_RE = re.compile(r"[\s:*_»›→…|]+$")
LINE_RE = re.compile(r"[^\n]*\S[^\n]*")
SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*$")
FRONT_MATTER_RE = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?\n)?\1[ \t]*(?:\n|\Z)", re.S)
FRONT_MATTER_KEY_RE = re.compile(r"^[\w.-]+[ \t]*[:=]", re.M)
FRONT_MATTER_DATE_RE = re.compile(
    rf"^\s*(?i:{_alternation(FRONT_MATTER_DATE_KEYS)})\s*[:=]\s*[\"']?([^\"'\n]+?)[\"']?\s*$", re.M)
DROP_RE = re.compile(rf"\r(?=\n)|[{INVISIBLE}]")
MARKDOWN_ESCAPE_RE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
HTML_NEWLINES_RE = re.compile(r"[ \t\r\f]*\n\s*")
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
ENTITY_RE = re.compile(r"&#?\w+;?")
# Inline markers an editor writes in .md and .html sources to keep text out of the checks.
MARKER_RE = re.compile(r"<!--\s*claimcheck:\s*(ignore|off|on)\s*-->", re.I)
MARKER_PREFIX = "claimcheck: "  # the reason of every region a marker excludes starts so
MARKER_REASON = MARKER_PREFIX + "{directive} ({lines})"
CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)
WHITESPACE_RE = re.compile(f"[{WHITESPACE}]")

NAVIGATION_RE = re.compile("|".join(NAVIGATION_PATTERNS))


def needed_text(pattern: str) -> str:
    """The longest stretch of text that every match of `pattern` contains ("" when none is sure):
    a text without it cannot match, and is not searched. Read from the parsed pattern: the
    literal characters in sequence at its top level, in its groups and in its lookaheads."""
    parsed = regex_parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return ""
    return max(_literal_runs(parsed), key=len, default="")


def _literal_runs(sequence: Iterable[tuple]) -> Iterator[str]:
    run = ""
    for op, argument in sequence:
        if op is regex_parser.LITERAL:
            run += chr(argument)
            continue
        yield run
        run = ""
        if op is regex_parser.SUBPATTERN and not argument[1] & re.IGNORECASE:  # a group: (?:...), (...)
            yield from _literal_runs(argument[3])
        elif op is regex_parser.ASSERT and argument[0] == 1:  # a lookahead: (?=...)
            yield from _literal_runs(argument[1])
    yield run


LINE_PATTERNS = [(reason, re.compile(p, re.M), needed_text(p)) for reason, ps in BOILERPLATE_PATTERNS.items() for p in ps]
SPAN_RES = [(reason, re.compile(p), needed_text(p)) for reason, ps in SPAN_PATTERNS.items() for p in ps]


def _lead_stripped(pattern: str) -> str | None:
    """`pattern` without the word boundary or lookbehind it starts with (None when it starts with
    neither): it matches wherever the pattern does, and, starting with what a match starts with,
    the regex engine skips straight to the places that may match (a pattern that starts with an
    assertion is tried at every position, at several times the cost)."""
    if pattern.startswith(r"\b"):
        return pattern[2:]
    if not pattern.startswith("(?<"):
        return None
    depth, i = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":  # a character class: up to its closing bracket ("[]" or "[^]" holds one)
            i = pattern.index("]", i + 2 if pattern[i + 1:i + 2] != "^" else i + 3)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return pattern[i + 1:]
        i += 1
    return None


# For each span pattern, its search without the leading assertion: a text that has no match of
# it has none of the pattern, and is not searched with the pattern (the gate costs a fraction).
_SPAN_GATES = {pattern: re.compile(stripped) for _, pattern, _ in SPAN_RES
               if (stripped := _lead_stripped(pattern.pattern)) is not None}
METADATA_RE = re.compile(rf"(?:{_alternation(METADATA_LABELS)})(?:\s*:\s*(?P<value>.*))?")
CONTACT_RE = re.compile(rf"(?:{'|'.join(CONTACT_LABELS)})(?:\s*:\s*(?P<value>.*))?")
DATE_LABEL_KEYS = set(DATE_LABELS)

Region = tuple[int, int, str]

# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def discover(paths: Iterable[str | Path] | str | Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files to read under `paths` (directories walked in sorted order) and (path, reason) skips."""
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    folders: dict[Path, Path] = {}
    for given in _as_paths(paths):
        if given.is_dir():
            candidates = list(_walk(given))
        elif given.exists():
            candidates = [given]
        else:
            skipped.append((given, Msg.E001.value.format(path=display_path(given))))
            continue
        for path in candidates:
            if path.suffix.lower() not in SUFFIXES:
                skipped.append((path, Msg.E006.value.format(path=display_path(path), suffix=path.suffix)))
            elif (resolved := _resolved(path, folders)) not in seen:
                seen.add(resolved)
                files.append(path)
    return files, skipped


def read_document(path: Path, *, doc_id: str | None = None, published: date | None = None,
                  indexed: tuple[date, str] | None = None) -> Document:
    """Read one file into a Document; raise InputError naming the file when it cannot be read.
    `indexed`: the date a sources index gives the file, and where it says so (see from_text)."""
    path = Path(path)
    shown = display_path(path)
    if not path.exists():
        raise InputError(Msg.E001, path=shown)
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(Msg.E006, path=shown, suffix=path.suffix)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(Msg.E002, path=shown, reason=error.strerror or type(error).__name__) from error
    fmt = FORMATS[path.suffix.lower().lstrip(".")]
    raw = _decode(data, shown, html_charset=fmt == "html")
    doc = from_text(raw, doc_id=doc_id or shown, path=shown, fmt=fmt, published=published, indexed=indexed)
    if not doc.text.strip():
        raise InputError(Msg.E004, path=shown)
    return doc


def from_text(text: str, *, doc_id: str = "<text>", path: str = "<text>", fmt: str = "txt",
              published: date | None = None, indexed: tuple[date, str] | None = None) -> Document:
    """Build a Document from a string in one of the supported formats. `published` overrides
    every date; `indexed` (a date from a sources index, and its source) yields to the dates the
    text states itself but wins over a URL in the text (see `_publication_date`)."""
    kind = FORMATS.get(fmt.lower().lstrip("."))
    if kind is None:
        raise InputError(Msg.E006, path=path, suffix=fmt)
    structured: tuple[date, str] | None = None
    if kind == "html":
        page = _html_main_text(text)
        clean, offsets = _clean(page.text, page.offsets, markdown=False)
        clean, offsets = _rewrite(clean, offsets, _collapse_html_newlines(clean))
        structured = (page.published, "meta") if page.published else None
    else:
        clean, offsets = _clean(text, list(range(len(text) + 1)), markdown=True)
    regions: list[Region] = []
    if kind == "md":
        front = _front_matter(clean)
        if front:
            regions.append((front[0], front[1], "front matter"))
            structured = (front[2], "front matter") if front[2] else None
    lines = _lines(clean)
    regions.extend(_boilerplate(clean, lines))
    if kind in ("md", "html"):
        regions.extend(_marked_regions(text, offsets, len(clean)))
    when, source, date_regions = _publication_date(clean, lines, regions, structured, indexed)
    if published is not None:
        when, source = published, "override"
    return Document(id=doc_id, path=path, raw=text, text=clean, offsets=offsets, published=when,
                    published_source=source, boilerplate=_merge(regions + date_regions))


def ingest(paths: Iterable[str | Path] | str | Path, *, published: date | None = None) -> list[Document]:
    """Read every file under `paths`; files that fail become skipped Documents."""
    files, skipped = sources(paths)
    return [read_source(source, published=published) for source in files] + skipped


@dataclass(frozen=True, slots=True)
class Source:
    """A file to read: where it is, the id its Document gets, and its path as the user sees it."""

    path: Path
    id: str
    shown: str
    dated: tuple[date, str] | None = None
    """The publication date a sources index gives the file, and where it says so."""


def sources(paths: Iterable[str | Path] | str | Path, *, root: Path | None = None,
            sources_index: str | Path | None = None) -> tuple[list[Source], list[Document]]:
    """The files under `paths` to read, each with its document id (the path relative to `root`,
    by default the inputs' common parent) and the date a sources index gives it, and a skipped
    Document for each path that is missing or of another type, or that is the sources index.

    The index is `sources_index` when given, else the files named like one (manifest.py) under
    `paths` or in the folder above each; an index in a folder read is not read as a document
    when it dates at least one of them."""
    from .manifest import find_indexes, read_index

    if sources_index is not None and not Path(sources_index).is_file():
        raise ReferenceFileError(Msg.E030, path=display_path(Path(sources_index)), what="the sources index",
                                 hint="Pass an existing file listing the documents, or leave the option out.")
    given = _as_paths(paths)
    files, skipped = discover(given)
    root = root or _common_parent(given)
    named = [Path(sources_index)] if sources_index is not None else None
    indexes = named or find_indexes(given, files + [p for p, _ in skipped])
    dated: dict[Path, tuple[date, str]] = {}
    used: dict[Path, int] = {}
    for index in indexes:
        resolved = index.resolve()
        with warnings.catch_warnings(record=True) as problems:
            warnings.simplefilter("always")
            found = read_index(index).dates_for([f for f in files if f.name != index.name or f.resolve() != resolved])
        if not (found or sources_index is not None):
            continue  # named like an index, but not one of these documents: no news of its rows
        for problem in problems:
            warnings.warn_explicit(problem.message, problem.category, problem.filename, problem.lineno)
        for path, when in found.items():
            dated.setdefault(path, when)
        used[resolved] = len(found)
    used_names = {path.name for path in used}
    notes = [(path, Msg.W051.value.format(path=display_path(path), count=used[path.resolve()]))
             for path in files + [p for p, _ in skipped] if path.name in used_names and path.resolve() in used]
    noted = {path for path, _ in notes}
    return (
        [Source(path, _doc_id(path, root), display_path(path), dated.get(path)) for path in files if path not in noted],
        [_skipped(_doc_id(path, root), display_path(path), reason)
         for path, reason in [(p, r) for p, r in skipped if p not in noted] + notes],
    )


def read_source(source: Source, *, published: date | None = None) -> Document:
    """Read one source; a file that cannot be read becomes a skipped Document with the reason."""
    try:
        document = read_document(source.path, doc_id=source.id, published=published, indexed=source.dated)
    except InputError as error:
        return _skipped(source.id, source.shown, str(error))
    document.path = source.shown  # as the caller sees it, wherever this runs
    return document


def find_boilerplate(text: str) -> list[Region]:
    """Boilerplate regions of a cleaned text: site furniture, disclaimers, contacts, lists."""
    return _boilerplate(text, _lines(text))


def _boilerplate(text: str, lines: list[_Line]) -> list[Region]:
    """Boilerplate regions of a text already split into lines."""
    lowered = _lowered(text)
    regions = _span_regions(lowered)
    contacts = sorted(start for start, _, reason in regions if reason == "contact")
    regions.extend(_line_regions(lines, _pattern_reasons(lowered, lines), contacts))
    regions.extend(_headline_lists(lines, regions))
    return _merge(regions)


# --------------------------------------------------------------------------------------------
# Paths
# --------------------------------------------------------------------------------------------


def _as_paths(paths: Iterable[str | Path] | str | Path) -> list[Path]:
    """A single path or an iterable of paths as a list of Paths."""
    if isinstance(paths, (str, Path)):
        return [Path(paths)]
    return [Path(p) for p in paths]


def _walk(directory: Path) -> Iterator[Path]:
    """Non-hidden files under a directory, in sorted order."""
    for current, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(current, name)


def _resolved(path: Path, folders: dict[Path, Path]) -> Path:
    """`path.resolve()`, with each folder resolved once (in `folders`) and only a file that is a
    link followed itself: resolving every file of a large archive component by component took
    most of the time spent finding the files."""
    if path.is_symlink():
        return path.resolve()
    folder = folders.get(path.parent)
    if folder is None:
        folder = folders[path.parent] = path.parent.resolve()
    return folder / path.name


def display_path(path: Path) -> str:
    """The path as the user would open it: relative to the working directory when inside it."""
    absolute = os.path.abspath(path)
    return _posix(_relative(absolute, os.getcwd()) or absolute)


def _relative(absolute: str, folder: str) -> str | None:
    """`absolute` relative to `folder` when inside it (both absolute and normalised), else None.
    String work: pathlib's relative_to was most of the time an index spends with nothing to do."""
    if absolute == folder:
        return "."
    prefix = folder if folder.endswith(os.sep) else folder + os.sep
    return absolute[len(prefix):] if absolute.startswith(prefix) else None


def _posix(path: str) -> str:
    return path if os.sep == "/" else path.replace(os.sep, "/")


def _common_parent(paths: Sequence[Path]) -> Path:
    """The deepest directory holding every existing input (a directory input counts as itself)."""
    existing = [p for p in paths if p.exists()] or list(paths)
    bases = [os.path.abspath(p if p.is_dir() else p.parent) for p in existing]
    return Path(os.path.commonpath(bases)) if bases else Path.cwd()


def _doc_id(path: Path, root: Path) -> str:
    """The document id: the path relative to the inputs' common parent, posix form."""
    inside = _relative(os.path.abspath(path), os.path.abspath(root))
    return _posix(inside) if inside is not None else display_path(path)


def _skipped(doc_id: str, shown: str, reason: str) -> Document:
    """A placeholder Document for a file that could not be read."""
    return Document(id=doc_id, path=shown, raw="", text="", offsets=[0], skipped=reason)


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


def _decode(data: bytes, shown: str, *, html_charset: bool = False) -> str:
    """Bytes to the text the user's editor shows: BOM-aware UTF, else a fitting legacy encoding."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data[len(bom):].decode(encoding), shown)
            except UnicodeDecodeError as error:
                reason = f"invalid {encoding}: {error.reason}"
                raise InputError(Msg.E005, path=shown, reason=reason) from error
    if b"\x00" in data:
        raise InputError(Msg.E003, path=shown, reason="it contains NUL bytes")
    try:
        return _check_text(data.decode("utf-8"), shown)
    except UnicodeDecodeError:
        pass
    declared = CHARSET_RE.search(data[:4096]) if html_charset else None
    if declared and (text := _try_decode(data, declared.group(1).decode("ascii"))) is not None:
        return _check_text(text, shown)
    western = _try_decode(data, "cp1252")
    if western is not None and _plausibly_western(western):
        return _check_text(western, shown)
    import charset_normalizer  # loads in 20 ms, for the rare file that is neither UTF-8 nor Western

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return _check_text(str(best), shown)
    if western is not None:
        return _check_text(western, shown)
    raise InputError(Msg.E005, path=shown, reason="not UTF-8, and no other text encoding fits")


def _try_decode(data: bytes, encoding: str) -> str | None:
    """The bytes decoded strictly, or None."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _plausibly_western(text: str) -> bool:
    """Whether a cp1252 reading looks like a Western language (few non-ASCII letters)."""
    letters = sum(c.isalpha() for c in text)
    foreign = sum(c.isalpha() and not c.isascii() for c in text)
    return letters > 0 and foreign / letters < NON_WESTERN_LETTER_SHARE


def _check_text(text: str, shown: str) -> str:
    """The decoded text, unless it is mostly control characters (a binary file)."""
    controls = len(CONTROL_RE.findall(text))
    if text and controls / len(text) > BINARY_CONTROL_SHARE:
        reason = f"{controls} of {len(text)} characters are control characters"
        raise InputError(Msg.E003, path=shown, reason=reason)
    return text


# --------------------------------------------------------------------------------------------
# Text with an offset map
# --------------------------------------------------------------------------------------------


class _Builder:
    """Appends pieces of a source text (or replacements for them) with each character's raw offset."""

    def __init__(self, source: str, offsets: Sequence[int]) -> None:
        self.source = source
        self.source_offsets = offsets
        self.parts: list[str] = []
        self.offsets: list[int] = []

    def keep(self, start: int, end: int) -> None:
        """Append source[start:end] unchanged."""
        if end > start:
            self.parts.append(self.source[start:end])
            self.offsets.extend(self.source_offsets[start:end])

    def put(self, piece: str, at: int | Sequence[int]) -> None:
        """Append `piece`, each character mapped to source position `at` (or `at[i]`)."""
        self.parts.append(piece)
        if isinstance(at, int):
            self.offsets.extend([self.source_offsets[at]] * len(piece))
        elif isinstance(at, range) and at.step == 1:
            self.offsets.extend(self.source_offsets[at.start:at.stop])
        else:
            self.offsets.extend(self.source_offsets[i] for i in at)

    def build(self) -> tuple[str, list[int]]:
        """The text and its offsets, with the end sentinel."""
        return "".join(self.parts), self.offsets + [self.source_offsets[-1]]


Edit = tuple[int, int, str, int | Sequence[int]]  # (start, end, replacement, source positions)


def _rewrite(text: str, offsets: list[int], edits: Iterable[Edit]) -> tuple[str, list[int]]:
    """Apply sorted, non-overlapping (start, end, replacement, source positions) edits."""
    edits = list(edits)
    if not edits:
        return text, offsets
    builder = _Builder(text, offsets)
    position = 0
    for start, end, replacement, at in edits:
        builder.keep(position, start)
        builder.put(replacement, at)
        position = end
    builder.keep(position, len(text))
    return builder.build()


def _clean(text: str, offsets: list[int], *, markdown: bool) -> tuple[str, list[int]]:
    """Repair mojibake, drop CRs of CRLF, invisible characters and Markdown escapes; unify spaces."""
    text, offsets = _rewrite(text, offsets, _mojibake_edits(text))
    drop = [DROP_RE, MARKDOWN_ESCAPE_RE] if markdown else [DROP_RE]
    edits = sorted((m.start(), m.end(), "", m.start()) for pattern in drop for m in pattern.finditer(text))
    text, offsets = _rewrite(text, offsets, edits)
    return WHITESPACE_RE.sub(" ", text).replace("\r", "\n"), offsets


@lru_cache(maxsize=1)
def _mojibake_fixer() -> Callable[[str], str]:
    """ftfy's repair of one line, leaving HTML entities, line breaks and curly quotes alone.
    ftfy loads on first use (60 ms), which a run over ASCII text or no text at all never pays."""
    import ftfy

    config = ftfy.TextFixerConfig(unescape_html=False, fix_line_breaks=False, uncurl_quotes=False, explain=False)
    return partial(ftfy.fix_text, config=config)


def _mojibake_edits(text: str) -> Iterator[Edit]:
    """Edits that repair mojibake line by line, aligned so each new character keeps its source."""
    if text.isascii():
        return
    for line in LINE_RE.finditer(text):
        old = line.group()
        if old.isascii():
            continue
        new = _mojibake_fixer()(old)
        if new != old:
            yield from _aligned_edits(old, new, line.start())


def _aligned_edits(old: str, new: str, base: int) -> Iterator[Edit]:
    """Edits turning a line `old` into its repair `new`, anchored on unchanged ASCII characters."""
    # Mojibake is made of non-ASCII characters only, so only ASCII characters may anchor the diff.
    matcher = SequenceMatcher(None, NON_ASCII_RE.sub("\ue000", old), NON_ASCII_RE.sub("\ue001", new),
                              autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or old[i1:i2] == new[j1:j2]:
            continue
        same = len(os.path.commonprefix([old[i1:i2], new[j1:j2]]))
        tail = len(os.path.commonprefix([old[i1 + same:i2][::-1], new[j1 + same:j2][::-1]]))
        start, end = base + i1 + same, base + i2 - tail
        repaired = new[j1 + same:j2 - tail]
        yield start, end, repaired, _source_positions(repaired, start, end)


def _source_positions(repaired: str, start: int, end: int) -> list[int]:
    """Where each repaired character came from in source[start:end], by UTF-8 width or evenly."""
    if end == start:  # an insertion belongs to the character before it
        return [max(start - 1, 0)] * len(repaired)
    widths = [len(c.encode("utf-8", "surrogatepass")) for c in repaired]
    if sum(widths) == end - start:  # mojibake spells each character with one source char per byte
        return list(itertools.accumulate(widths[:-1], initial=start))
    return [start + k * (end - start) // len(repaired) for k in range(len(repaired))]


def _collapse_html_newlines(text: str) -> list[Edit]:
    """Edits turning whitespace runs that hold a line break into a single newline."""
    edits: list[Edit] = []
    for m in HTML_NEWLINES_RE.finditer(text):
        if m.group() != "\n":
            newline = m.start() + m.group().index("\n")
            edits.append((m.start(), m.end(), "\n", newline))
    return edits


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Page:
    """Main text of an HTML page with offsets into the source, and its declared date."""

    text: str
    offsets: list[int]
    published: date | None


class _MainTextParser(HTMLParser):
    """Collects text chunks with their source positions, outside furniture elements."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.skip_depth = 0
        self.main_depth = 0
        self.pre_depth = 0
        self.in_json_ld = False
        self.pieces: list[tuple[bool, str, int | range]] = []  # (inside main, text, source positions)
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.time_dates: list[str] = []

    def _position(self) -> int:
        """Source offset of the construct being handled."""
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _emit(self, text: str, positions: int | range) -> None:
        """Keep a piece of text unless inside a furniture element."""
        if not self.skip_depth and text:
            self.pieces.append((self.main_depth > 0, text, positions))

    def _separate(self, tag: str) -> None:
        """End the line at a block element; separate table cells."""
        separator = "\n" if tag in HTML_BLOCK else "\t" if tag in HTML_CELL else ""
        if separator and self.pieces and self.pieces[-1][1] != separator:
            self._emit(separator, self._position())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self._read_date_attributes(tag, attributes)
        if tag == "script" and (attributes.get("type") or "").lower() == "application/ld+json":
            self.in_json_ld = True
        if tag in HTML_SKIP:
            self.skip_depth += 1
        elif tag in HTML_MAIN:
            self.main_depth += 1
        elif tag == "pre":
            self.pre_depth += 1
        self._separate(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._read_date_attributes(tag, dict(attrs))
        self._separate(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in HTML_SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag in HTML_MAIN and self.main_depth:
            self.main_depth -= 1
        elif tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
        if tag == "script":
            self.in_json_ld = False
        self._separate(tag)

    def handle_data(self, data: str) -> None:
        if self.in_json_ld:
            self.json_ld.append(data)
            return
        if not self.pre_depth:  # a line break in running text is a space
            data = data.replace("\r", " ").replace("\n", " ")
        position = self._position()
        self._emit(data, range(position, position + len(data)))

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def _entity(self) -> None:
        """Decode a character reference; every character it yields maps to its '&'."""
        position = self._position()
        entity = ENTITY_RE.match(self.source, position)
        written = entity.group() if entity else "&"
        decoded = html.unescape(written)
        if decoded == written:
            self._emit(written, range(position, position + len(written)))
        else:
            self._emit(decoded, position)

    def _read_date_attributes(self, tag: str, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = attrs.get("content") or attrs.get("datetime")
        if tag == "meta" and key and value:
            self.meta.setdefault(key, value)
        elif key == "datepublished" and value:
            self.meta.setdefault(key, value)
        elif tag == "time" and attrs.get("datetime"):
            self.time_dates.append(attrs["datetime"] or "")

    def page(self) -> _Page:
        """The collected main text (only <main>/<article> content when there is any) and date."""
        has_main = any(inside for inside, _, _ in self.pieces)
        builder = _Builder(self.source, range(len(self.source) + 1))
        for inside, text, positions in self.pieces:
            if inside or not has_main:
                builder.put(text, positions)
        text, offsets = builder.build()
        return _Page(text, offsets, self._declared_date())

    def _declared_date(self) -> date | None:
        """The date declared in meta tags, JSON-LD or <time>, in that order."""
        values = [self.meta[k] for k in HTML_DATE_META if k in self.meta]
        values += _json_ld_dates("".join(self.json_ld))
        values += self.time_dates
        return next((d for d in map(_parse_declared_date, values) if d), None)


def _html_main_text(source: str) -> _Page:
    """The main text of an HTML page with offsets into the source."""
    parser = _MainTextParser(source)
    parser.feed(source)
    parser.close()
    return parser.page()


def _json_ld_dates(script: str) -> list[str]:
    """Every datePublished value in JSON-LD script text (several objects may be concatenated)."""
    found: list[str] = []
    decoder = json.JSONDecoder()
    position = 0
    script = script.strip()
    while position < len(script):
        try:
            value, end = decoder.raw_decode(script, position)
        except json.JSONDecodeError:
            break
        found.extend(_walk_json(value))
        position = end
        while position < len(script) and script[position].isspace():
            position += 1
    return found


def _walk_json(value: object) -> Iterator[str]:
    """datePublished strings anywhere in a JSON value."""
    if isinstance(value, dict):
        if isinstance(value.get("datePublished"), str):
            yield value["datePublished"]
        for child in value.values():
            yield from _walk_json(child)
    elif isinstance(value, list):
        for child in value:
            yield from _walk_json(child)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def _parse_declared_date(value: str) -> date | None:
    """A machine-written date (ISO 8601 via dateutil, else a written date with a year)."""
    from dateutil.parser import isoparse  # 30 ms, for documents that declare a date

    value = value.strip()
    try:
        return isoparse(value).date()
    except (ValueError, OverflowError):
        return find_date(value)


def find_date(text: str) -> date | None:
    """The first complete, valid date (with a year) written in `text`."""
    for match in DATE_RE.finditer(text):
        found = _match_date(match)
        if found:
            return found
    return None


def _match_date(m: re.Match[str], day_first: bool = False) -> date | None:
    """The date a DATE_RE match denotes, or None when it is not a valid day; `day_first` reads
    "11/07/2026" as 11 July."""
    g = m.groupdict()
    if g["m1"]:
        day, month, year = g["d1"], g["m1"], g["y1"]
    elif g["m2"]:
        day, month, year = g["d2"], g["m2"], g["y2"]
    elif g["y3"]:
        day, month, year = g["d3"], g["m3"], g["y3"]
    elif g["y4"]:  # US order, unless the first number cannot be a month or the stamp is written day first
        day_month = day_first or int(g["a4"]) > 12
        month, day, year = (g["b4"], g["a4"], g["y4"]) if day_month else (g["a4"], g["b4"], g["y4"])
    else:
        day, month, year = g["d5"], g["m5"], g["y5"]
    month_number = int(month) if month.isdigit() else MONTHS.get(month.rstrip(".").lower(), 0)
    century = (2000 if int(year) < 70 else 1900) if len(year) == 2 else 0
    day_number = int(DIGITS_RE.findall(day)[0])
    try:
        return date(century + int(year), month_number, day_number)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Line:
    """A non-empty line of the cleaned text, trimmed, with its normalised key."""

    start: int
    end: int
    text: str
    key: str
    gap: bool  # a blank line comes before it


def _lines(text: str) -> list[_Line]:
    """Non-empty lines with their text coordinates."""
    lines = []
    previous_end = 0
    for m in LINE_RE.finditer(text):
        raw_line = m.group()
        start = m.start() + len(raw_line) - len(raw_line.lstrip())
        end = m.end() - (len(raw_line) - len(raw_line.rstrip()))
        gap = text.count("\n", previous_end, m.start()) > 1
        lines.append(_Line(start, end, text[start:end], _key(text[start:end]), gap))
        previous_end = m.end()
    return lines


def _key(line: str) -> str:
    """A line lower-cased without list, heading or quote markers and trailing punctuation."""
    line = MARKDOWN_MARKERS_RE.sub("", LINK_TARGET_RE.sub("]", line))
    return KEY_TRAILING_RE.sub("", line).strip().lower()


def _timestamp(line: str) -> tuple[date | None, bool] | None:
    """(date, labelled) when the whole line is a date/time stamp, labelled or after a byline."""
    if len(line) > TIMESTAMP_MAX_CHARS or not DIGIT_RE.search(line):
        return None
    author = AUTHOR_RE.match(line)
    if author:
        stamp = _timestamp(line[author.end():])
        return (stamp[0], True) if stamp else None
    fields = METADATA_FIELD_SEPARATOR_RE.split(line.strip())
    if 1 < len(fields) <= METADATA_MAX_FIELDS:
        read = [(field, _timestamp(field)) for field in fields]
        stamps = [stamp for _, stamp in read if stamp]
        if len(stamps) == 1 and stamps[0][0] is not None and all(
                METADATA_FIELD_RE.fullmatch(field) for field, stamp in read if not stamp):
            return stamps[0][0], True  # a dated stamp beside its source is a byline's
    if not TIMESTAMP_WORDS.issuperset(LETTERS_RE.findall(line.lower())):
        return None
    residue = TIMESTAMP_PARTS_RE.sub(" ", MARKDOWN_MARKERS_RE.sub("", line.strip()))
    if any(c.isalnum() for c in residue):
        return None
    labelled = DATE_LABEL_RE.match(MARKDOWN_MARKERS_RE.sub("", line.strip())) is not None
    return _latest_date(line), labelled


def _latest_date(text: str) -> date | None:
    """The latest date a stamp line gives: "Published: Apr. 9 ... | Updated: Apr. 11" dates the
    text as it stands to its last update, which is when its "on Saturday" was written."""
    day_first = _day_first_zone(text)
    return max((found for m in DATE_RE.finditer(text) if (found := _match_date(m, day_first))), default=None)


def _day_first_zone(stamp: str) -> bool:
    """Whether the stamp's time zone is one where dates are written day first: a zone outside the
    Americas ("CEST", "AEST") or an offset east of Greenwich ("GMT+2", "+05:30")."""
    for m in _ZONE_RE.finditer(stamp):
        offset = m.group("offset") or m.group("bare") or ""
        if offset.startswith("+") or m.group("zone") and m.group("zone") not in MONTH_FIRST_ZONES:
            return True
    return False


def _wire_dateline(line: str) -> tuple[date | None, int] | None:
    """(date, end) of a dateline opening the line ('BEIJING, May 17, 2026 /PRNewswire/ --')."""
    m = DATELINE_HINT_RE.search(line, 0, DATELINE_MAX_CHARS) and WIRE_DATELINE_RE.match(line)
    if not m or not (m.group("date") or m.group("wire")) or not (m.group("place") or m.group("date")):
        return None
    if not m.group("date") and not (m.group("place") or "").split(",")[0].isupper():
        return None
    if m.group("wire") and m.group("date") is None and not m.group("dash"):
        return None
    return (find_date(m.group("date")) if m.group("date") else None), m.end()


def _publication_date(text: str, lines: list[_Line], regions: list[Region], structured: tuple[date, str] | None,
                      indexed: tuple[date, str] | None = None) -> tuple[date | None, str | None, list[Region]]:
    """The publication date by priority (declared > dateline > byline > sources index > URL in
    the text) and dateline regions."""
    dateline: date | None = None
    byline: date | None = None
    found: list[Region] = []
    covered = _coverage(regions)
    openers: dict[int, int] = {}
    for s, e, _ in regions:
        openers[s] = max(e, openers.get(s, e))
    top_lines = 0
    after_label = False
    for line in lines:
        top_lines += not covered(line.start, line.end)
        start = _visible_start(text, line, openers)
        wire = _wire_dateline(text[start:line.end])
        stamp = None if wire else _timestamp(line.text)
        if wire:
            found.append((start, start + wire[1], "dateline"))
            if wire[0] and top_lines <= DATELINE_LINES and dateline is None:
                dateline = wire[0]
        elif stamp:
            found.append((line.start, line.end, "metadata"))
            when, labelled = stamp
            if when and (labelled or after_label) and byline is None:
                byline = when
            elif when and top_lines <= DATELINE_LINES and dateline is None:
                dateline = when
        after_label = line.key in DATE_LABEL_KEYS
    for when, source in (structured or (None, None), (dateline, "dateline"), (byline, "byline"),
                         indexed or (None, None), (_url_date(text, regions), "url")):
        if when:
            return when, source, found
    return None, None, found


def _url_date(text: str, regions: list[Region]) -> date | None:
    """The first date written in the path of a URL in the text."""
    for start, end, reason in regions:
        if reason == "url" and (day := url_date(text[start:end])):
            return day
    return None


def url_date(url: str) -> date | None:
    """The publication date a news URL shows in its path or query (URL_DATE_RES, most explicit
    form first), when it is a real day between 1990 and 2099."""
    for pattern in URL_DATE_RES:
        for m in pattern.finditer(url):
            try:
                day = date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
            if day.year >= 1990:
                return day
    return None


def _front_matter(text: str) -> tuple[int, int, date | None] | None:
    """(start, end, date) of a YAML/TOML front matter block at the top of Markdown text."""
    m = FRONT_MATTER_RE.match(text)
    if not m:
        return None
    if not FRONT_MATTER_KEY_RE.search(m.group(2) or ""):  # a rule around a paragraph, not metadata
        return None
    value = FRONT_MATTER_DATE_RE.search(m.group(2))
    return 0, m.end(), _parse_declared_date(value.group(1)) if value else None


# --------------------------------------------------------------------------------------------
# Boilerplate
# --------------------------------------------------------------------------------------------


def _lowered(text: str) -> str:
    """The text lower-cased, keeping every character's position."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _span_regions(lowered: str) -> list[Region]:
    """Regions of URLs, e-mail addresses, phone numbers, photo credits and player notices."""
    return [(m.start(), m.end(), reason) for reason, pattern, needed in SPAN_RES
            if needed in lowered and (pattern not in _SPAN_GATES or _SPAN_GATES[pattern].search(lowered))
            for m in pattern.finditer(lowered)]


def _pattern_reasons(lowered: str, lines: list[_Line]) -> dict[int, str]:
    """For lines a BOILERPLATE_PATTERNS entry matches, line index -> the first such reason."""
    starts = [line.start for line in lines]
    found: dict[int, str] = {}
    for reason, pattern, needed in LINE_PATTERNS:
        if needed not in lowered:
            continue
        for m in pattern.finditer(lowered):
            i = bisect.bisect_right(starts, m.end()) - 1
            if i >= 0 and m.start() < lines[i].end:
                found.setdefault(i, reason)
    return found


def _line_regions(lines: list[_Line], matched: dict[int, str], contacts: list[int]) -> list[Region]:
    """Whole-line regions: navigation, banners, disclaimers, metadata and contact blocks."""
    regions: list[Region] = []
    follow: str | None = None  # the reason a following short line inherits
    after_label = False  # the previous line was the label that started `follow`
    for i, line in enumerate(lines):
        own = _line_reason(line, matched.get(i))
        reason = own
        if own is None and follow and _is_short(line) and (after_label or not line.gap):
            reason = follow
        elif own is None and _is_short(line) and _contains(contacts, line):
            reason = "contact"
        if reason:
            regions.append((line.start, line.end, reason))
        after_label = own is not None and _is_bare_label(line)
        if own == "contact block" or (reason == "contact block" and follow == "contact block"):
            follow = "contact block"
        else:
            follow = "metadata" if own == "metadata" and after_label else None
    return regions


def _line_reason(line: _Line, matched: str | None) -> str | None:
    """Why a line on its own is boilerplate (`matched`: its BOILERPLATE_PATTERNS reason), or None."""
    if line.key in NAVIGATION_LINES or NAVIGATION_RE.fullmatch(line.key):
        return "navigation"
    if matched:
        return matched
    contact = CONTACT_RE.fullmatch(line.key)
    if contact and (contact.group("value") is None or _is_short(line)):
        return "contact block"
    if BYLINE_LINE_RE.fullmatch(line.text) and _is_short(line):
        return "byline"
    metadata = METADATA_RE.fullmatch(line.key)
    if metadata and (metadata.group("value") is None or _is_short(line, words=8)):
        return "metadata"
    return None


def _is_bare_label(line: _Line) -> bool:
    """Whether a line is only a metadata or contact label, its value on the next line."""
    label = METADATA_RE.fullmatch(line.key) or CONTACT_RE.fullmatch(line.key)
    return label is not None and label.group("value") is None


def _contains(starts: list[int], line: _Line) -> bool:
    """Whether one of the sorted positions lies within the line."""
    i = bisect.bisect_left(starts, line.start)
    return i < len(starts) and starts[i] < line.end


def _is_short(line: _Line, *, words: int = MAX_SHORT_LINE_WORDS) -> bool:
    """A short line that does not end like a sentence (a name, an address, a label's value)."""
    return len(line.text.split()) <= words and not SENTENCE_END_RE.search(line.text)


def _headline_lists(lines: list[_Line], regions: list[Region]) -> list[Region]:
    """Runs of two or more headline-like lines (title, then a time and/or short date), and the
    titles listed under a heading such as "Most read"."""
    covered = _coverage(regions)
    found: list[Region] = []
    run: list[_Line] = []
    listing = False
    for line in lines:
        if line.key in LIST_HEADINGS:
            listing = True
        elif listing and not covered(line.start, line.end):
            listing = _is_short(line, words=LIST_TITLE_WORDS) and len(line.key.split()) >= 2
            if listing:
                found.append((line.start, line.end, "headline list"))
                continue
        if _is_headline_item(line.text) and not covered(line.start, line.end):
            run.append(line)
            continue
        if covered(line.start, line.end):
            continue
        found.extend(_close_run(run))
        run = []
    found.extend(_close_run(run))
    return found


def _is_headline_item(line: str) -> bool:
    """A title of three or more words that ends in a time and/or short date, not in a full stop."""
    end = line.rstrip(") ").lower()
    if not end or not (end[-1].isdigit() or end.endswith(("am", "pm", "a.m.", "p.m."))):
        return False
    tail = line[-HEADLINE_STAMP_CHARS:]
    stamp = HEADLINE_STAMP_RE.search(tail)
    if not stamp:
        return False
    title = line[: len(line) - len(tail) + stamp.start()].rstrip(" -–—|·•(")
    return len(title.split()) >= 3 and title[-1] not in ".!?;:,"


def _close_run(run: list[_Line]) -> list[Region]:
    """The run's lines as headline-list regions when it is long enough."""
    return [(line.start, line.end, "headline list") for line in run] if len(run) >= HEADLINE_LIST_MIN else []


def _coverage(regions: list[Region]) -> Callable[[int, int], bool]:
    """A test whether [start, end) lies inside the union of the regions."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end, _ in _merge([(s, e, "") for s, e, _ in regions]):
        starts.append(start)
        ends.append(end)

    def covered(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and ends[i] >= end

    return covered


def _visible_start(text: str, line: _Line, openers: dict[int, int]) -> int:
    """Where a line's own text starts, after boilerplate spans that open it."""
    position = line.start
    while position in openers and openers[position] > position:
        position = openers[position]
        while position < line.end and text[position].isspace():
            position += 1
    return position


def _marked_regions(raw: str, offsets: list[int], length: int) -> list[Region]:
    """Regions of the cleaned text that `<!-- claimcheck: ... -->` comments exclude: `ignore`
    its line (alone on a line, the next line with text), `off` ... `on` all between (an `off`
    with no `on` runs to the end)."""
    stretches: list[tuple[int, int, str]] = []
    off_at: int | None = None
    for m in MARKER_RE.finditer(raw):
        directive = m.group(1).lower()
        if directive == "off" and off_at is None:
            off_at = m.start()
        elif directive == "on" and off_at is not None:
            stretches.append((off_at, m.end(), "off"))
            off_at = None
        elif directive == "ignore":
            stretches.append((*_ignored_line(raw, m), "ignore"))
    if off_at is not None:
        stretches.append((off_at, len(raw), "off"))
    regions = []
    for raw_start, raw_end, directive in stretches:
        first, last = raw.count("\n", 0, raw_start) + 1, raw.count("\n", 0, max(raw_end - 1, raw_start)) + 1
        lines = f"line {first}" if first == last else f"lines {first}–{last}"
        start = bisect.bisect_left(offsets, raw_start, hi=length)
        end = bisect.bisect_left(offsets, raw_end, lo=start, hi=length)
        if end > start:
            regions.append((start, end, MARKER_REASON.format(directive=directive, lines=lines)))
    return regions


def _ignored_line(raw: str, marker: re.Match[str]) -> tuple[int, int]:
    """The stretch of `raw` an `ignore` marker excludes: its own line, or, when it stands alone
    on its line, from the marker to the end of the next line with text."""
    line_start = raw.rfind("\n", 0, marker.start()) + 1
    line_end = raw.find("\n", marker.end())
    line_end = len(raw) if line_end < 0 else line_end
    if raw[line_start:marker.start()].strip() or raw[marker.end():line_end].strip():
        return line_start, line_end
    following = re.compile(r"\S").search(raw, line_end)
    if following is None:
        return marker.start(), line_end
    next_end = raw.find("\n", following.start())
    return marker.start(), len(raw) if next_end < 0 else next_end


def _merge(regions: list[Region]) -> list[Region]:
    """Regions sorted, with overlapping or touching regions of the same reason merged."""
    merged: list[Region] = []
    last: dict[str, int] = {}  # reason -> index in `merged` of its latest region
    for start, end, reason in sorted(regions):
        i = last.get(reason)
        if i is not None and merged[i][1] >= start:
            merged[i] = (merged[i][0], max(merged[i][1], end), reason)
        else:
            last[reason] = len(merged)
            merged.append((start, end, reason))
    return merged
