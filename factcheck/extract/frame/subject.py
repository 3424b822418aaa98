"""Whose figure it is (issue 13), the one reader of a figure's subject, with how it was
found (subject_via). In this order:

0. a reading beside the figure in its sentence (near.py): a name with the figure in
   brackets ("apposition"), an alliance's acronym or a population's place ("sentence",
   or "previous sentence" when named before it), a possessive, the company that
   reports a sum ("sentence"), "in Almaty" beside it ("place");
1. the name a relative clause hangs on ("Volkswagen, which sold 9 million");
2. the named subject of its clause, else of its sentence ("Westinghouse also expects
   sales of ...", "Aetna's net income fell 22%"); a name that reports a clause about
   "it"/"its" owns it ("Chase Manhattan Corp said its total assets were ..."), and a
   name the reported clause opens with owns it instead ("USAir said Piedmont has ...");
   a common noun is a source or an agent, never the owner ("officials said", "Rebels
   killed 14 soldiers");
3. in a bulleted list under a heading in capitals ("SOUTH AUSTRALIA" over "* 161 homes
   destroyed"), the heading ("heading"): each item is of it;
4. else the name an earlier sentence was about: "the company", "it" and "its" refer
   back to it (in a headline of capitals, the first sentence after it).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ...model import Claim, Document
from ...regexwords import fast_compile, folded, last_match, search_folded
from ..link.words import _MONTHS_DAYS, _STOP
from .lexicon import CAP as _CAP, Lexicon
from .near import _Seen, near_subject

# how far the readings beside the figure read its sentence each way, in characters
READ = 400

_NAME = re.compile(rf"{_CAP}(?:\s+(?:(?:of|&|and|de|du|la)\s+)?{_CAP})*")
_DETERMINER = re.compile(r"(?:[Tt]he|[Aa]n?)\s+")
# "LONDON, March 18 - ": a dateline; "In 1988, ", "Last year, ": a phrase before the subject
_DATELINE = re.compile(r"\s*[A-Z][\w.' ]+(?:,[^-\n]{0,30})?\s+-{1,2}\s+")
_LEAD = re.compile(r"\s*(?:(?:But|And|However|Meanwhile|Also|Separately|Still)\b,?\s*|"
                   r"(?:In|On|At|During|For|By|Last|Earlier|Since|After|Before|Of)\b[^,\n]{0,80},\s*)+")
_PRONOUN = frozenset("it its they their he his she her this that these those there last next one two three "
                     "four five six seven eight nine ten several many".split())
# "Frank Naylor, chairman of the Farm Credit Administration, said": a person, a source
_TITLED = re.compile(r",\s+(?:the\s+|a\s+|its\s+)?[a-z][^,]{0,80},\s+")
_RELATIVE = fast_compile(rf"({_CAP}(?:\s+{_CAP})*),\s+(?:which|who)\s+[^,;:]*$")
_APPOSED = fast_compile(rf"({_CAP}(?:\s+{_CAP})*),\s*$")
_OWNER = re.compile(r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*?)(?:’s|'s|’|')\s+[a-z]")
_POSSESSOR = fast_compile(rf"({_CAP}(?:\s+{_CAP})*)(?:’s|'s)\s")
_OWNED_AFTER = re.compile(rf"\s*(?:of\s+)({_CAP}(?:\s+{_CAP})*)(?:’s|'s)\s")
# a company's shares: "holds one-third of NECO's stock", "18.5 pct of Piedmont's outstanding
# shares" belong to the holder or buyer, not to the company (the whole they are a part of)
_STOCK = re.compile(r"(?:[a-z-]+\s+){0,3}(?:[a-z]*stock|shares?|equity)\b")
_AUX = frozenset("is was has does says".split())
_MODIFIED = re.compile(r"\s+[a-z][\w-]*")
# a sentence that opens with the place it is about: "In Larkana district alone, ..."
_IN_LEAD = re.compile(rf"\s*In\s+({_CAP}(?:\s+{_CAP})*)(?:’s|'s)?(?=[\s,])")
_NOUN_THEN_VERB = re.compile(r"\s+(?:said|says|told|were|are|have|had|is|was|say)\b")
_TICKER = re.compile(r"\s*([A-Z][A-Z&.' -]*?[A-Z.])\s*<[A-Z.]+>")
_THAT = re.compile(r"\s*(?:that\s+)?")
_THAT_CLAUSE = re.compile(r"(?:\s+[a-z]+){0,2}?\s+that\s+")
_SUFFIX = fast_compile(r"[’']s$|[.,]$")
_POSSESSIVE_END = re.compile(r"[’']s$")
# a line in capitals over a bulleted list: the list's heading ("SOUTH AUSTRALIA\n* 161 homes")
# a heading in capitals (perhaps ending in a colon), then its list's first item, blank lines
# perhaps between ("NORTHERN SECTION - CAPE YORK TO COOKTOWN:", "", "* 38 reefs surveyed")
_HEADING = re.compile(r"^[^\S\n]*([A-Z][A-Z&'. -]{0,58}[A-Z.]):?[^\S\n]*\n(?:[^\S\n]*\n)*(?=[^\S\n]*[*\u2022-]\s)",
                      re.M)
_BLANK_LINES = re.compile(r"(?:[^\S\n]*\n)+")
_ITEM = re.compile(r"[^\S\n]*[*\u2022-]\s")
_NOUN_OF_NAME = re.compile(rf"[a-z][\w-]*\s+of\s+(?:the\s+)?({_CAP}(?:\s+{_CAP})*)")
# a conjunction that opens a subordinate clause ("after", "when", "because"), then "the"
_SUBORDINATE = fast_compile(r"\b(?:after|before|when|whenever|because|since|until|while|although|though|"
                          r"whereas|unless|once)\s+(?:the\s+)?")
# a whole a figure holds for: the world or the whole country
_SCOPE_WORDS = r"(worldwide|world-wide|globally|around\s+the\s+world|across\s+the\s+world|nationwide|countrywide|" \
               r"across\s+the\s+country|across\s+the\s+nation|throughout\s+the\s+country|all\s+over\s+the\s+country)"
_SCOPE = fast_compile(rf"\b{_SCOPE_WORDS}\b", re.I)
_SCOPE_AFTER = re.compile(rf"(?:\s+[a-z][\w-]*){{0,3}}?\s+{_SCOPE_WORDS}\b", re.I)  # "copies sold worldwide"
_SCOPE_WORD = re.compile(r"wide|global|world|country|nation", re.I)
_WORLD = fast_compile(r"world|global", re.I)
# a figure right after a verb (its object): "sold", "exports", "built"
_OBJECT = fast_compile(r"\b(?:[a-z]+(?:ed|es|s)|sold|won|made|took|gave|sent|built|lost|held|paid|spent|cut|put|"
                     r"set|got|bought|had|shipped|grew)\s+(?:(?:about|some|nearly|almost|around|over|roughly|"
                     r"more\s+than|at\s+least|a\s+record)\s+)*$")
# a figure that opens its clause, its noun and verb, then a subordinate clause: the event
# it names is the figure's ("At least 59 people died when Cyclone Gezani struck")
_NO_SUBJECT_BEFORE = re.compile(r"\s*(?:[Aa]t\s+least|[Aa]bout|[Ss]ome|[Nn]early|[Mm]ore\s+than|[Aa]lmost|[Oo]ver)?\s*")
_EVENT_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,4}?\s+(?:when|after|as)\s+(?:the\s+)?[A-Z]")
_WORD_AFTER = re.compile(r"(?:’s|'s)?\s+[a-z]")
_COMMON_NOUN = re.compile(r"(?:\s+[a-z][\w-]*){1,2}(?=\s*,|\s+(?:near|in|at|of)\b)")  # "the Tamar bridge,"


@dataclass
class Subjects:
    """What the reader keeps per document: the lexicons the readings beside the figure
    need, what many figures ask about (near._Seen), and each sentence's named subject."""
    doc: Document
    lx: Lexicon
    cats: object
    codes: frozenset[str]
    frames: object
    near: _Seen = None
    sentences: dict = field(default_factory=dict)  # sentence index -> its named subject
    earlier: dict = field(default_factory=dict)  # sentence index -> the nearest earlier one's subject
    headings: tuple = None  # (starts, lists): each bulleted list under a heading (_lists)
    instance_may: dict = field(default_factory=dict)  # sentence index -> instance.sentence_may (frame's)
    its_time: dict = field(default_factory=dict)  # id of a temporal claim -> period._time_reading (frame's)

    def __post_init__(self):
        self.near = _Seen(self.doc.text, self.lx.reporter)


def subject_of(doc: Document, c: Claim, pre: str, post: str, lx: Lexicon,
               state: Subjects) -> tuple[str | None, str | None]:
    """(subject, how found); `pre`/`post`: the figure's clause before and after it, as
    written."""
    s = doc.sentence_at(c.span[0])
    text = doc.text
    a, b = max(s.start, c.span[0] - READ), min(s.end, c.span[1] + READ)
    found = near_subject(doc, c, text[a:c.span[0]], text[c.span[1]:b], state.cats, state.codes, state.frames,
                         state.near, lx.linking, lx.change_nouns, lx.in_place)
    if found[0] is not None:
        return found
    seen = state.sentences
    m = _APPOSED.search(pre) if post[:1] in (",", ")") and pre.rstrip().endswith(",") else None
    if m and _is_name(m.group(1), doc, at_start=False):
        return m.group(1), "apposition"  # "Maria Lopez, 52, said"
    m = _RELATIVE.search(pre) if "which" in pre or "who" in pre else None
    if m and _is_name(m.group(1), doc, at_start=False):
        return m.group(1), "apposition"
    name = _with_phrase_subject(s, c, doc, lx)
    if name:
        return name, "clause"
    scope = _whole_scope(pre, post)
    name = _subordinate_subject(pre, doc, lx) or named_subject(pre, doc, lx)
    if scope and not (name and _OBJECT.search(pre[-40:])):
        return scope, "scope"  # (the object of a verb is its actor's: "Toyota sold 10.8 million vehicles worldwide")
    if name:
        return name, "clause"
    if pre.strip() == "" or _NO_SUBJECT_BEFORE.fullmatch(pre):
        m = _EVENT_AFTER.match(post)
        name = _subordinate_subject(post, doc, lx, 0) if m else None
        if name:
            return name, "clause"  # "At least 59 people died when Cyclone Gezani struck": Gezani's dead
    # "The embassy estimated Indonesia's 1986 production at", "70 pct of Yugoslavia's debt"
    m = _OWNED_AFTER.match(post) or (last_match(_POSSESSOR.finditer(pre)) if "s " in pre else None)
    if m and _is_name(m.group(1), doc, at_start=False) and not _STOCK.match(m.string, m.end()):
        return m.group(1), "possessive"
    m = _IN_LEAD.match(s.text)
    if m and m.group(1).split()[-1] not in _MONTHS_DAYS and m.end() <= c.span[0] - s.start:
        return _SUFFIX.sub("", m.group(1)), "place"  # "In Larkana district alone, 3,400 homes were destroyed"
    name = sentence_subject(doc, s.index, lx, seen)
    if name and c.text not in name:  # not the figure's own words ("Twelve Americans were killed")
        return name, "sentence"
    name = _heading(doc, c, state)
    if name:
        return name, "heading"
    name = _earlier_subject(doc, s.index, lx, state)
    return (name, "previous sentence") if name else (None, None)


def _with_phrase_subject(s, c: Claim, doc: Document, lx: Lexicon) -> str | None:
    """A sentence that opens with a "with" phrase holding the figure: the main clause's
    subject owns it ("With 75 deaths and 556 cattle killed, the province of Balochistan
    is the worst hit": Balochistan's)."""
    if not s.text.startswith("With "):
        return None
    comma = s.text.find(",")
    if comma < 0 or c.span[0] - s.start > comma:
        return None
    return named_subject(s.text[comma + 1:], doc, lx, depth=1)


def _whole_scope(pre: str, post: str) -> str | None:
    """A word that says the figure holds for a whole ("72.1m copies sold worldwide",
    "injured due to floods countrywide and 1,504 livestock killed"): the world or the
    whole country, which no place named in it ("in the UK", "Balochistan") is."""
    tail = pre[-40:]
    near = search_folded(_SCOPE_WORD, tail, folded(tail))  # (case-blind, over the lower-cased text: faster)
    m = _SCOPE_AFTER.match(post) or (last_match(_SCOPE.finditer(tail)) if near else None)
    if not m:
        return None
    return "the world" if _WORLD.search(m.group(1)) else "the whole country"


def _subordinate_subject(pre: str, doc: Document, lx: Lexicon, at: int | None = None) -> str | None:
    """The named subject of a subordinate clause the figure is in, which has a subject of
    its own ("Gezani struck ten days after Cyclone Fytia killed 14 people": Fytia's);
    `at`: read the clause that opens there instead (after a figure that opens its own)."""
    if at is None:
        m = last_match(_SUBORDINATE.finditer(pre))
    else:
        m = _SUBORDINATE.search(pre, at)
    if not m:
        return None
    rest = pre[m.end():]
    name = _NAME.match(rest)
    if not name or not _WORD_AFTER.match(rest, name.end()) or not _is_name(name.group(), doc, at_start=False):
        return None  # "after 10 days", "when U.S.-made": no clause with a named subject
    return named_subject(rest, doc, lx, depth=1) or _SUFFIX.sub("", name.group()).strip()


def _heading(doc: Document, c: Claim, state: Subjects) -> str | None:
    """The heading in capitals a bulleted item is under, when every line between them
    is an item of its list ("VICTORIA / * Two people dead / * 200 homes destroyed")."""
    if state.headings is None:
        lists = _lists(doc.text)
        state.headings = ([h[0] for h in lists], lists)
    starts, lists = state.headings
    at = c.span[0]
    i = bisect_right(starts, at) - 1
    return lists[i][2] if i >= 0 and at < lists[i][1] else None


def _lists(text: str) -> list[tuple[int, int, str]]:
    """(start, end, heading) of each bulleted list under a heading in capitals: from the
    line after the heading to the first line that is no item."""
    if "\n*" not in text and "\n-" not in text and "\u2022" not in text:
        return []
    out = []
    for m in _HEADING.finditer(text):
        pos = m.end()
        while pos < len(text) and _ITEM.match(text, pos):
            nxt = text.find("\n", pos)
            pos = len(text) if nxt < 0 else nxt + 1
            gap = _BLANK_LINES.match(text, pos)
            if gap and _ITEM.match(text, gap.end()):
                pos = gap.end()  # (items apart by blank lines are one list)
        out.append((m.end(), pos, m.group(1).title()))
    return out


def _earlier_subject(doc: Document, k: int, lx: Lexicon, state: Subjects) -> str | None:
    """The named subject of the nearest sentence before k that is not a quotation (a
    quotation comments on the news: its subject is not the figures' after it). Read
    back from k only to the first sentence that names one (the sentences before it are
    not read at all), and kept per sentence, so a text is read back once, not once per
    figure."""
    memo, seen = state.earlier, state.sentences
    found, j = None, k  # memo[i]: sentence i-1's subject, else memo[i-1]
    while j > 0 and j not in memo:
        if not _quoted(doc, j - 1):
            found = sentence_subject(doc, j - 1, lx, seen)
            if found:
                break
        j -= 1
    if not found:
        found = memo.get(j) if j > 0 else None
    for i in range(j, k + 1):  # the sentences between named none: theirs is the same
        memo[i] = found
    return found


def sentence_subject(doc: Document, k: int, lx: Lexicon, seen: dict) -> str | None:
    if k not in seen:
        s = doc.sentences[k]
        text = s.text[:300]
        ticker = _TICKER.match(text)
        if ticker and ticker.start(1) == 0 and len(ticker.group(1).split()) <= 3:
            seen[k] = ticker.group(1).title()  # "GTI CORP <GTI> 4TH QTR NET": a company and its ticker
        elif text.isupper() or s.headline and sum(ch.isupper() for ch in text) > len(text) / 2:
            # a headline in capitals names its subject in the sentence after it
            seen[k] = sentence_subject(doc, k + 1, lx, seen) if k + 1 < len(doc.sentences) else None
        else:
            seen[k] = named_subject(text, doc, lx)
    return seen[k]


def named_subject(s: str, doc: Document, lx: Lexicon, depth: int = 0) -> str | None:
    """The name a clause opens with, as its subject (see the module's docstring)."""
    head = s[:200]
    if head.upper() == head:
        return None  # a headline in capitals (no letter that has a capital of its own)
    s = s.replace("<", " ").replace(">", " ")
    # (a dateline ends in a dash: with none in the first 80 characters, none ends there)
    m = _DATELINE.match(s) if "-" in s[:80] else None
    if m and m.end() < 80:
        s = s[m.end():]
    m = _LEAD.match(s.lstrip(" ,"))
    if m:
        s = s.lstrip(" ,")
        s = s[m.end():]
    s = s.lstrip(" ,\"'“")
    says = lx.pronoun_says.match(s) if not depth else None
    if says:  # "He said the system's debt ...": what it reports may name the owner
        after = s[says.end():]
        return named_subject(after, doc, lx, depth + 1) or _described(after, doc.text, lx)
    det = _DETERMINER.match(s)
    at = det.end() if det else 0
    owner = _OWNER.match(s, at) if det else None
    if owner and not lx.back.match(s, det.start()):
        return owner.group(1)  # "the federal states' holdings fell": whose holdings
    m = _NAME.match(s, at)
    if not m:
        # "The coalition of the Croatian People's Party gained 11 seats", "The government of
        # Japan said its deficit": a common noun whose "of" names its owner
        of = _NOUN_OF_NAME.match(s, at) if det else None
        return _SUFFIX.sub("", of.group(1)).strip() if of and _is_name(of.group(1), doc, at_start=False) else None
    name = m.group()
    words = name.split()
    if len(words) > 1 and words[0] in _MONTHS_DAYS:  # "February U.S. industrial production rose": the time
        name = name[name.index(words[1]):]          # of the figure, then whose it is
    possessive = bool(_POSSESSIVE_END.search(name))
    name = _SUFFIX.sub("", name).strip()
    if not name or name.isupper() and len(name) > 6 and " " in name:
        return None  # capitals run into the text
    rest = s[m.end():]
    if _agency(name, doc.text, lx):
        # a news agency reports others' figures: the owner is in what it reports, if named
        said = lx.agency_says.search(rest) if not depth else None
        return named_subject(rest[said.end():], doc, lx, depth + 1) if said else None
    if possessive:  # "Aetna's third-quarter net income fell"
        apposed = lx.apposed_name.match(rest)
        if apposed:  # "Finland's mining and metals group Outokumpu Oy": the group is named
            return _SUFFIX.sub("", apposed.group(1)).strip()
        return name if _is_name(name, doc, at_start=not det, verb="'s") else None
    owner = lx.owner_noun.match(rest) if not det and " " not in name else None
    if owner:  # "Outokumpu group had", "Dominican authorities deported": the name acts
        rest = rest[owner.end():]
    if det:  # "The Tamar bridge, ...", "the Volvo plant": a name and its common noun
        noun = _COMMON_NOUN.match(rest)
        if noun:
            name, rest = name + noun.group(), rest[noun.end():]
    titled = _TITLED.match(rest)
    if titled:
        rest = rest[titled.end():]  # the verb after the title, and what it reports
    verb = lx.subject_verb.match(rest)
    if not verb and not titled and (name.isupper() or " " in name):
        # "U.S. industrial production rose", "Brazil's foreign debt": a name that qualifies
        # the noun of the clause's subject owns it (not a source: "Hospital sources said")
        verb = _modified(rest, lx)
    if not verb and " " not in name:
        return None  # "Passenger car prices fell", "Note:": not a name that acts
    if not _is_name(name, doc, at_start=not det, verb=verb.group(1) if verb else None,
                    verbs=lx.known_verbs):
        return None
    if verb and verb.group(1) and verb.group(1) not in _AUX and _NOUN_THEN_VERB.match(rest, verb.end()):
        return None  # "Hospital sources said": "sources" is a noun, "Hospital" names no one
    if verb and verb.group(1) in lx.reporting:
        if depth:
            return None
        after = rest[verb.end():]
        after = after[_THAT.match(after).end():]
        # "USAir said Piedmont has ...": the name reported about; "Chase Manhattan said
        # its total assets ...", "Harlow Foods said sales fell": the reporter's own; "Tanjug
        # said the talks ...": a source, as is a person quoted ("Frank Naylor, chairman of
        # ..., said"), unless what they report names its owner
        inner = named_subject(after, doc, lx, depth + 1) or _described(after, doc.text, lx)
        if titled:
            return inner
        return inner or (None if lx.definite.match(after) else name)
    that = _THAT_CLAUSE.match(rest, verb.end()) if verb and not depth else None
    if that:  # "Bankers have estimated that Brazil owes ...": the clause's own subject
        return named_subject(rest[that.end():], doc, lx, depth + 1) or name
    return name


def _written(text: str, word: str, after: str = "") -> bool:
    """Whether `word` stands in the text as a whole word (with one of the characters
    `after` just before its blank, when given: "written where no sentence starts")."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            if not after or i >= 2 and text[i - 1] == " " and (text[i - 2].isalnum() or text[i - 2] in after):
                return True
        i = text.find(word, i + 1)
    return False


def _agency(name: str, text: str, lx: Lexicon) -> bool:
    """A name the text calls a news agency ("the Iranian news agency IRNA", "the official
    Tanjug news agency", frames.yaml news_agencies): it reports others' figures, never its own."""
    if not any(h in text for h in lx.agency_heads):  # most texts need no search
        return False
    n, agency = re.escape(name), lx.news_agency
    return bool(re.search(rf"\b(?:{agency})\s+{n}\b|\b{n}\s+(?:{agency})\b", text))


def _described(clause: str, text: str, lx: Lexicon) -> str | None:
    """"the system may lose ...": an organisation the text names by a common noun is
    the fullest mention of that noun with its modifiers ("the farm credit system"),
    as the text writes it; None when there is none."""
    m = lx.the_org.match(clause)
    if not m:
        return None
    full = re.search(rf"\b[Tt]he\s+((?:[a-z][\w-]*\s+){{1,3}}{m.group(1)})\b", text)
    return full.group(1) if full else None


def _modified(rest: str, lx: Lexicon) -> re.Match | None:
    """The verb after one to three lower-case words (a noun and its modifiers) that open
    `rest`, when it links that noun to a figure ("rose", "was": frames.yaml linking_verbs),
    or None."""
    at = 0
    for _ in range(3):
        w = _MODIFIED.match(rest, at)
        if not w:
            return None
        at = w.end()
        verb = lx.subject_verb.match(rest, at)
        if verb and verb.group(1) in lx.linking and verb.group(1) not in lx.reporting:
            return verb
    return None


def _quoted(doc: Document, k: int) -> bool:
    """Whether sentence k is a quotation or in one: it opens with a quotation mark, or
    its paragraph has an open one before it ('"Money supply is well under control," he
    said.', 'It's an absolutely ideal situation."')."""
    s = doc.sentences[k]
    if s.text.lstrip()[:1] in ('"', "“"):
        return True
    before = doc.text[doc.text.rfind("\n", 0, s.start) + 1:s.start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _is_name(name: str, doc: Document, at_start: bool, verb: str | None = "", verbs: frozenset[str] = frozenset()) -> bool:
    """`verbs`: words the lexicons know as verbs ("expects", "reports"), never plural nouns."""
    words = name.split()
    first = words[0].lower()
    if first in _PRONOUN or first in _STOP or words[-1] in _MONTHS_DAYS or words[0] in _MONTHS_DAYS:
        return False
    if at_start and first.endswith(("ly", "ing")) and (len(words) == 1 or first.endswith("ing")):
        return False  # "Certainly,", "Addressing Chicago": not a name
    if at_start and len(words) == 1 and not name.isupper():
        if _written(doc.text, first):
            return False  # "Rebels killed ...": the text writes "rebels" too, a common noun
        # a capital at a sentence's start may be any word's: a name is written so
        # elsewhere too, or acts by a verb that is no plural noun ("Toyota sold", not "Avg shrs")
        return bool(verb and (verb == "'s" or verb in _AUX or not verb.endswith("s") or verb in verbs)
                    or _written(doc.text, name, after=",;"))
    return True
