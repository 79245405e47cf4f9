"""Errors with stable codes and messages that say what to do.

Hierarchy::

    QuellenlageError            every error the package raises on purpose
    ├── InputError              an input cannot become an article (stage "ingest"); stored as a Rejection
    ├── CleanError              cleaning left nothing usable (stage "clean"); stored as a Rejection
    ├── StoreError              the database cannot be opened, migrated or written
    └── UsageError              a command was called wrongly (CLI exit code 2)

Codes never change meaning once released: E1xx ingest, E2xx clean, E3xx store, E4xx usage,
E5xx the per-article stages after cleaning (analyse, attribute).
A stage never returns ``None`` on failure; it raises one of these, and the pipeline turns
input and clean errors into stored :class:`~quellenlage.model.Rejection` records.
"""

from __future__ import annotations

from typing import Final

from quellenlage.model import Rejection

#: code -> (stage, message template, what to do). Templates use ``str.format`` fields.
CODES: Final[dict[str, tuple[str, str, str]]] = {
    "E101": (
        "ingest",
        "path does not exist: {path}",
        "check the spelling, or quote a glob so the shell leaves it",
    ),
    "E102": (
        "ingest",
        "no file matches the pattern {path}",
        "check the pattern; folders are searched recursively",
    ),
    "E103": ("ingest", "file is empty: {path}", "remove it or re-download it"),
    "E104": ("ingest", "file looks binary, not text: {path}", "pass text, HTML or JSONL files"),
    "E105": (
        "ingest",
        "file is {size} bytes, over the limit of {limit}: {path}",
        "raise the limit with --max-bytes or QUELLENLAGE_MAX_BYTES",
    ),
    "E106": (
        "ingest",
        "cannot decode the bytes of {path} as text in any known charset",
        "convert the file to UTF-8",
    ),
    "E107": ("ingest", "cannot read {path}: {detail}", "check the file's permissions"),
    "E108": (
        "ingest",
        "line {line} is not valid JSON: {detail}",
        "fix or drop that line; the others were read",
    ),
    "E109": (
        "ingest",
        "line {line} has no usable 'text' field",
        "give each JSONL record a non-empty string in 'text'",
    ),
    "E110": ("ingest", "no main text found in the HTML page {path}", "check that the page is an article"),
    "E111": ("ingest", "invalid {field} value {value}", "give {expected}"),
    "E112": ("ingest", "sidecar {path} is not a JSON object: {detail}", "fix the sidecar or remove it"),
    "E113": (
        "ingest",
        "unsupported input {path}",
        "pass .txt, .html, .jsonl, feed (.rss, .atom, .xml) or .warc files (or them gzipped), or folders",
    ),
    "E115": (
        "ingest",
        "cannot decompress {path}: {detail}",
        "the gzip file is truncated or corrupt; fetch it again (records before the damage were read)",
    ),
    "E116": (
        "ingest",
        "decompressed, {path} holds more than the limit of {limit} bytes",
        "raise the limit with --max-bytes or QUELLENLAGE_MAX_BYTES, or split the file",
    ),
    "E117": (
        "ingest",
        "the HTML page {path} has {tags} tags, more than the {limit} of any article page",
        "check that the file is one article's page; it was not parsed",
    ),
    "E114": (
        "ingest",
        "cannot read the folder {path}: {detail}",
        "check the folder's permissions; the files that could be read were",
    ),
    "E118": (
        "ingest",
        "the feed {path} declares XML entities",
        "news feeds declare none; entity expansion is how a feed attacks its reader, so it was not parsed",
    ),
    "E119": ("ingest", "{path} is no RSS or Atom feed: {detail}", "check that the file or URL is a feed"),
    "E120": (
        "ingest",
        "the web archive {path} is damaged at record {record}: {detail}",
        "fetch the WARC file again; the records before the damage were read",
    ),
    "E121": (
        "ingest",
        "cannot fetch {url}: {detail}",
        "give an http:// or https:// URL of a public page",
    ),
    "E122": (
        "ingest",
        "{url} leads to the private, loopback or link-local address {address}",
        "pass --allow-private to fetch from your own network",
    ),
    "E123": (
        "ingest",
        "robots.txt of {host} does not allow fetching {url}",
        "ask the site for its articles another way (a feed, an export); the page was not fetched",
    ),
    "E124": ("ingest", "{url} redirects more than {limit} times", "give the page's final address"),
    "E125": ("ingest", "{url} answered HTTP {status}", "check the address; the page was not stored"),
    "E126": (
        "ingest",
        "fetching {url} failed: {detail}",
        "check the address and the network, and try again later",
    ),
    "E201": ("clean", "nothing is left after cleaning", "check that the input is a news article"),
    "E202": (
        "clean",
        "the input has fewer than {needed} words: no article",
        "check that the file holds the text of an article, not data or markup",
    ),
    "E290": (  # the rejection records the stage that ran out of time: clean, analyse or attribute
        "clean",
        "the article took more than {seconds:g} s in the {ran_out} stage",
        "check the input, or raise --article-seconds (QUELLENLAGE_ARTICLE_SECONDS); the batch went on",
    ),
    "E299": (
        "clean",
        "unexpected error while cleaning: {detail}",
        "report this input as a bug; the batch went on",
    ),
    "E501": (
        "analyse",
        "unexpected error while analysing the cleaned text: {detail}",
        "report this input as a bug; the batch went on",
    ),
    "E502": (
        "attribute",
        "unexpected error while attributing statements: {detail}",
        "report this input as a bug; the batch went on",
    ),
    "E301": (
        "store",
        "cannot open the database {path}: {detail}",
        "check the path given by --db or QUELLENLAGE_DB",
    ),
    "E302": (
        "store",
        "the database {path} has schema version {found}, newer than this program ({known})",
        "upgrade quellenlage",
    ),
    "E303": (
        "store",
        "cannot write the database {path}: {detail}",
        "check that the file and its folder are writable and the disk has room; nothing of the failed"
        " group was stored, and the next run stores it",
    ),
    "E401": ("usage", "no article matches {ref!r}", "list articles with 'quellenlage articles'"),
    "E402": ("usage", "{ref!r} matches {count} articles", "give more characters of the id"),
    "E404": ("usage", "no story {ref!r}", "list stories with 'quellenlage stories'"),
    "E405": ("usage", "no actor matches {name!r}", "list actors with 'quellenlage actors'"),
    "E406": ("usage", "no claim status {value!r}", "use one of: {allowed}"),
    "E403": ("usage", "setting {name} has the invalid value {value!r}", "{expected}"),
    "E408": ("usage", "{value!r} is no interval", "give seconds or a number with s, m, h or d, such as 10m"),
    "E407": (
        "usage",
        "cannot read the outlet table {path}: {detail}",
        'give QUELLENLAGE_OUTLETS a JSON file such as {{"rp-online.de": "Rheinische Post"}}',
    ),
}


class QuellenlageError(Exception):
    """Base class. ``code`` is stable, ``message`` says what happened, ``hint`` what to do."""

    def __init__(self, code: str, **fields: object) -> None:
        stage, template, hint = CODES[code]
        self.code = code
        self.stage = stage
        self.fields = fields
        self.message = template.format(**fields)
        self.hint = hint.format(**fields)
        super().__init__(f"{code}: {self.message} ({self.hint})")

    @property
    def reason(self) -> str:
        """The human-readable reason stored with a Rejection."""
        return f"{self.message}; {self.hint}"

    def rejection(self, origin: str) -> Rejection:
        """This error as the stored record of the input at ``origin``."""
        return Rejection(code=self.code, stage=self.stage, reason=self.reason, origin=origin)


class InputError(QuellenlageError):
    """An input cannot be read or decoded."""


class CleanError(QuellenlageError):
    """Cleaning left no usable article."""


class StoreError(QuellenlageError):
    """The store cannot be opened, migrated or written."""


class UsageError(QuellenlageError):
    """A command was called with arguments that cannot work."""
