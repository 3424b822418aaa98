"""Articles from files: plain text, Markdown with YAML front matter, HTML.

Each reader returns an Article: the text the pipeline checks, the metadata the
file gives (title, publication date, url) and how to map an offset in that text
back to a line and column of the file. Plain text and Markdown are checked
character for character as written (Markdown syntax, comments and soft line
breaks are blanked to spaces of the same length), so every offset maps exactly;
HTML goes through trafilatura (text, title) and htmldate (publication date), and
a finding is placed by finding its words again in the file.
"""
from __future__ import annotations

import html as htmllib
import re
import stat
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
KNOWN_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES


class InputProblem(ValueError):
    """The file cannot be read as an article; the message says why, in one line."""


class Unreadable(InputProblem):
    """The system would not give us the file (permission, symlink loop, I/O error)."""


@dataclass(frozen=True)
class Article:
    path: str  # as given on the command line; "-" for standard input
    kind: str  # "text" | "markdown" | "html"
    source: str  # the file's content
    text: str  # what the pipeline checks
    base: int | None  # offset of text[0] in source, when text maps char for char; None for HTML
    published: str | None = None
    title: str | None = None
    url: str | None = None

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of an offset into `text`."""
        if self.base is not None:
            return line_col(self.source, self.base + max(0, min(offset, len(self.text))))
        return self._locate(offset)

    def source_offset(self, offset: int) -> int | None:
        if self.base is not None:
            return self.base + offset
        return None

    def _locate(self, offset: int) -> tuple[int, int]:
        # HTML: find the words around the offset in the raw file; else line 1
        words = self.text[offset:offset + 80].split("\n")[0]
        for size in (len(words), 40, 20, 10):
            probe = words[:size].strip()
            if len(probe) < 4:
                break
            pos = _find_in_html(self.source, probe)
            if pos is not None:
                return line_col(self.source, pos)
        return 1, 1


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def kind_of(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def read(name: str, *, kind: str | None = None, display: str | None = None) -> Article:
    """Read a file (or "-" for standard input) as an article."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        from . import scan

        st, why = scan.stat_path(name)
        if st is None:
            raise (InputProblem("no such file") if why == "no such file or folder" else Unreadable(why))
        if not stat.S_ISREG(st.st_mode):
            raise InputProblem("not a file")
        try:
            data = Path(name).read_bytes()
        except OSError as e:
            raise Unreadable(scan.reason(e)) from None
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputProblem("not UTF-8 text") from None
    return parse(source, display or name, kind or kind_of(display or name))


def parse(source: str, path: str, kind: str) -> Article:
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    if kind == "html":
        return _html(source, path)
    if kind == "markdown":
        return _markdown(source, path)
    return Article(path, "text", source, blank_comments(source), 0)


# --- comments -----------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _blank(s: str) -> str:
    """Spaces in place of every character but newlines: offsets keep their meaning."""
    return re.sub(r"[^\n]", " ", s)


def blank_comments(text: str) -> str:
    return _COMMENT.sub(lambda m: _blank(m.group()), text)


# --- Markdown -------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_BLOCK_START = re.compile(r"[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|\d+[.)][ \t]|>|```|~~~|\||<!--)")


def front_matter(source: str) -> tuple[dict, int]:
    """The YAML front matter (or {}) and the offset where the body starts."""
    m = _FRONT.match(source)
    if not m:
        return {}, 0
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
    try:
        data = yaml.load(m.group(1) or "", Loader=loader) or {}
    except yaml.YAMLError as e:
        first = str(e).splitlines()[0] if str(e) else "invalid"
        raise InputProblem(f"front matter is not valid YAML: {first}") from None
    if not isinstance(data, dict):
        raise InputProblem("front matter must be a YAML mapping")
    return data, m.end()


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _markdown(source: str, path: str) -> Article:
    meta, base = front_matter(source)
    lead = re.match(r"(?:[ \t]*\n)*", source[base:])
    base += lead.end() if lead else 0  # blank lines after the front matter: the body starts below
    body = source[base:]
    published = _iso(meta.get("published", meta.get("date")))
    title = meta.get("title")
    title = str(title) if title is not None else None
    text = markdown_text(body)
    first = text.split("\n", 1)[0].strip()
    if title is not None and first == title.strip() and re.match(r"[ \t]*#", body):
        title = None  # "# Title" opens the body: the pipeline takes it as the headline, with its span
    url = meta.get("url") or meta.get("canonical_url")
    return Article(path, "markdown", source, text, base, published, title, str(url) if url else None)


def markdown_text(body: str) -> str:
    """The prose of a Markdown body, same length, same offsets: syntax blanked."""
    text = blank_comments(body)
    text = re.sub(r"^(```|~~~).*?^\1[^\n]*$", lambda m: _blank(m.group()), text, flags=re.S | re.M)
    text = re.sub(r"!\[[^\]\n]*\]\([^)\n]*\)", lambda m: _blank(m.group()), text)  # images
    text = re.sub(r"\[([^\]\n]*)\]\([^)\n]*\)",  # [words](url) -> " words      "
                  lambda m: " " + m.group(1) + _blank(m.group()[len(m.group(1)) + 1:]), text)
    text = re.sub(r"^([ \t]*)(#{1,6}[ \t]+|[-*+][ \t]+|\d+[.)][ \t]+|>[ \t]?)",
                  lambda m: m.group(1) + _blank(m.group(2)), text, flags=re.M)
    text = re.sub(r"[ \t]#+[ \t]*$", lambda m: _blank(m.group()), text, flags=re.M)  # closing #s
    text = re.sub(r"(\*\*|__|\*|`)", lambda m: _blank(m.group()), text)
    text = re.sub(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)", " ", text)
    # a soft line break inside a paragraph is a space: sentences span lines
    lines = body.split("\n")
    out = list(text)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        if line.strip() and nxt.strip() and not _BLOCK_START.match(nxt) and not _BLOCK_START.match(line) \
                and not re.match(r"[ \t]*#", line):
            out[pos] = " "
        pos += 1
    return "".join(out)


# --- HTML -------------------------------------------------------------------------


def _html(source: str, path: str) -> Article:
    import trafilatura
    from htmldate import find_date

    try:
        doc = trafilatura.bare_extraction(source, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_recall=True)
    except Exception as e:  # the extractor's own failures are input problems here
        raise InputProblem(f"cannot extract article text from HTML: {e}") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputProblem("no article text found in the HTML")
    title = getattr(doc, "title", None) or None
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if title and paragraphs and paragraphs[0] == title.strip():
        title = None  # the first paragraph is the headline: the pipeline finds it there
    try:
        published = find_date(source, extensive_search=False, original_date=True)
    except Exception:
        published = None
    url = getattr(doc, "url", None) or None
    return Article(path, "html", source, "\n\n".join(paragraphs) + "\n", None,
                   published or getattr(doc, "date", None), title, url)


def html_paragraph_after(source: str, pos: int) -> str | None:
    """The words of the first block element after `pos` in an HTML file."""
    m = re.search(r"<(p|li|h[1-6]|blockquote|div|td)\b[^>]*>(.*?)</\1\s*>", source[pos:], re.S | re.I)
    if not m:
        return None
    return normalise(htmllib.unescape(re.sub(r"<[^>]+>", " ", m.group(2))))


def normalise(s: str) -> str:
    return " ".join(s.split())


def _find_in_html(source: str, probe: str) -> int | None:
    i = source.find(probe)
    if i >= 0:
        return i
    esc = htmllib.escape(probe, quote=False)
    i = source.find(esc)
    return i if i >= 0 else None
