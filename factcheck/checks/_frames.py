"""Whether two figures share a frame (extract/frame): they count the same thing
(counts_key and unit), for compatible subjects, over compatible periods, in the same
aspect. Every check that compares two figures asks this, so a frame part read wrong is
mended once for all of them.

Periods: a figure with no time of its own holds for the days around publication (the
news week); one with a time holds for that time. Two are compatible when they overlap;
a time that could not be resolved is compatible with nothing but the same time.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..extract.frame.instance import instances_differ
from ..model import Claim

NEWS_WEEK = timedelta(days=7)
_DAY_OR_WEEK = re.compile(r"XXXX-(?:XX-XX|WXX)")


def key(c: Claim) -> str | None:
    """What the figure counts, with its unit: None when unknown. A population is one
    quantity of its place whatever the words ("a city of 1.1 million people", "the hub
    of 1.8 million people was devastated"): its key is the category and the subject,
    unless a word picks a part of the people ("its labor population": _qualified_population)."""
    if c.category == "population" and c.subject and not _qualified_population(c):
        return f"population {c.subject.lower()}|{c.unit or ''}"
    k = c.extra.get("counts_key")
    return f"{k}|{c.unit or ''}" if k else None


def _qualified_population(c: Claim) -> bool:
    """A population named with a word that picks a part of the people ("the country's labor
    population of 85.1 million", "its Muslim population"): what it counts, not the place's."""
    words = (c.counts or "").split()
    return len(words) > 1 and c.counts_head == "population"


def aspect(c: Claim) -> str:
    return (c.aspect or {}).get("kind") or "level"


def subjects_differ(a: Claim, b: Claim) -> bool:
    """Two named subjects, neither the other's name in short: a part of it ("Conagra",
    "ConAgra Inc"), its possessive ("TEXTRON'S", "Textron Inc"), its initials ("GM",
    "General Motors Corp"; "U.S.", "United States")."""
    sa, sb = _name(a.subject), _name(b.subject)
    return bool(sa and sb and sa not in sb and sb not in sa and not _initials(sa, sb) and not _initials(sb, sa))


_POSSESSIVE = re.compile(r"['\u2019]s\b")
_NAME_WORD = re.compile(r"[a-z][\w'\u2019&-]*")


def _name(subject: str | None) -> str:
    return " ".join(_POSSESSIVE.sub("", (subject or "").lower()).split())


def _initials(short: str, long: str) -> bool:
    """A one-word name of two to five letters that the other's first words begin with."""
    s = short.replace(".", "")
    if not 2 <= len(s) <= 5 or not s.isalpha() or " " in short:
        return False
    return "".join(w[0] for w in _NAME_WORD.findall(long)).startswith(s)


def span(c: Claim, published: date | None) -> tuple[str, str] | None | bool:
    """The figure's period as ISO days; None: the news week (no time of its own);
    False: a time it names that could not be placed."""
    p = c.period or {}
    if p.get("baseline"):
        return False  # the figure a change is from held at another time
    if p.get("claim") is None:
        if published is None:
            return None
        return (published - NEWS_WEEK).isoformat(), published.isoformat()
    if p.get("since") and not p.get("end"):
        return False  # "since January" in an undated article: runs to a day not known
    if not p.get("start"):
        # a day or a week named in an undated article ("on Tuesday", "last week") is of
        # the news week too; a month or a year ("last year") is not
        return None if published is None and _DAY_OR_WEEK.match(p.get("timex") or "") else False
    return p["start"][:10], (p.get("end") or p["start"])[:10]


def running_and_dated(a: Claim, b: Claim, published: date | None = None) -> bool:
    """A running total ("announced so far") and a figure of a time it names: two counts,
    unless that time is the year the tally runs in and the article's ("Dengue kills 47
    this year" and "by August this year ... 47 dengue deaths": the year to date)."""
    ra, rb = (a.period or {}), (b.period or {})
    if not (ra.get("running") and rb.get("claim") or rb.get("running") and ra.get("claim")):
        return False
    return not year_to_date(a, b, published)


def over_years(a: Claim, b: Claim, published: date | None) -> bool:
    """One names no time (the news'), the other a tally since a time a year or more ago
    ("since 2006"): many events' sum, not the news's count ("pulled out six bodies" ...
    "700 people have been killed in fires in garment factories since 2006")."""
    for news, tally in ((a, b), (b, a)):
        if (news.period or {}).get("claim") is not None or not (tally.period or {}).get("since"):
            continue  # (only a tally since a time sums it: "the two countries over the next six years" are two)
        s = span(tally, published)
        if s and (date.fromisoformat(s[1]) - date.fromisoformat(s[0])).days >= 365 \
                and not (published is not None and s[0][:4] == s[1][:4] == str(published.year)):
            return True
    return False


def year_to_date(a: Claim, b: Claim, published: date | None) -> bool:
    """One is a tally through a day of the publication's year, the other that whole year."""
    if published is None:
        return False
    year = str(published.year)
    for run, other in ((a, b), (b, a)):
        if not (run.period or {}).get("running") or (other.period or {}).get("running"):
            continue
        sr, so = span(run, published), span(other, published)
        if sr and so and so == (f"{year}-01-01", f"{year}-12-31") and sr[1][:4] == year:
            return True
    return False


def periods_compatible(a: Claim, b: Claim, published: date | None) -> bool:
    if year_to_date(a, b, published):
        return True
    if running_and_dated(a, b) or over_years(a, b, published):
        return False
    pa, pb = span(a, published), span(b, published)
    if pa is False or pb is False:
        return False
    if pa is None or pb is None:
        return pa is None and pb is None
    if (a.period or {}).get("kind") == "flow" and (a.period or {}).get("claim") and (b.period or {}).get("claim"):
        return pa == pb  # an amount over a period: the first half is not the year
    return pa[0] <= pb[1] and pb[0] <= pa[1]


def same_frame(a: Claim, b: Claim, published: date | None) -> bool:
    """Same counts and unit, subjects that may be one, no two instances named (the
    first bond and the second), overlapping periods, same aspect.
    A flow or a sum of money is one only when both name their period (see below)."""
    if a.extra.get("superseded") or b.extra.get("superseded"):
        return False  # "had said 44 miners were trapped": the text replaces it itself
    ka = key(a)
    if ka is None or ka != key(b) or aspect(a) != aspect(b) or subjects_differ(a, b) \
            or instances_differ(a.extra.get("instance"), b.extra.get("instance")) \
            or not periods_compatible(a, b, published) or _reached_apart(a, b):
        return False  # ("the A shares" and "the B shares": two things of one kind)
    if _flow(a) or _flow(b) or a.unit and a.unit.isupper() and len(a.unit) == 3:
        # an amount over a period (sales, a loss, output; any sum of money): news gives
        # many for one noun (a quarter's, a unit's, last year's), so two are one only
        # when one names the other again ("a $3bn plan ... the $2bn plan", definite);
        # two amounts of one noun, each with its own clause, are two amounts
        return bool(a.extra.get("definite") or b.extra.get("definite"))
    return True


def _reached_apart(a: Claim, b: Claim) -> bool:
    """Levels reached by different stated changes ("rose 27.2 pct to 299.5 mln" and
    "jumped 21.2 pct to 613.0"): had one level been stated twice, so would its change
    have been; two changes are of two periods (or two things)."""
    ca, cb = (a.aspect or {}).get("after"), (b.aspect or {}).get("after")
    if not ca or not cb or ca.get("value") is None or cb.get("value") is None or ca.get("unit") != cb.get("unit"):
        return False
    va, vb = ca["value"], cb["value"]
    return ca.get("direction") != cb.get("direction") or abs(va - vb) > max(0.1, 0.02 * max(abs(va), abs(vb)))


def _flow(c: Claim) -> bool:
    """An amount in a unit over a period (not a count of people or things, which an
    event fixes: "12,000 were detained")."""
    return c.unit is not None and (c.period or {}).get("kind") == "flow"
