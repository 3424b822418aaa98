"""What counts as text, for every door: when a text is blank, and what is not text.

- Blank: nothing a reader can see. Blanks, control characters, and the invisible
  format characters (zero-width space and joiners, word joiner, BOM, bidi marks,
  soft hyphen ...), fillers that draw nothing and variation selectors. A text of
  only these is "text is empty" everywhere: API, desk, CLI, batch.
- Not text: a lone surrogate (JSON "\\ud800" with no pair). No UTF-8 encodes it, so
  it could be neither stored nor answered; it is refused, naming where it is.
"""
from __future__ import annotations

import re

# (first, last) code points: controls; soft hyphen; combining grapheme joiner; Arabic
# letter mark; Hangul choseong/jungseong fillers; Khmer inherent vowels; Mongolian
# variation selectors and vowel separator; zero-width space, joiners, LRM, RLM; bidi
# embeddings; word joiner, invisible operators, bidi isolates, deprecated formats;
# braille blank; Hangul filler; variation selectors; BOM; halfwidth Hangul filler;
# interlinear annotation marks; musical format characters; tags and variation
# selectors supplement
INVISIBLE = ((0x00, 0x1F), (0x7F, 0x9F), (0xAD, 0xAD), (0x34F, 0x34F), (0x61C, 0x61C),
             (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F),
             (0x202A, 0x202E), (0x2060, 0x206F), (0x2800, 0x2800), (0x3164, 0x3164),
             (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF9, 0xFFFB),
             (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF))


def char_class(ranges=INVISIBLE, *, bmp_only: bool = False) -> str:
    """The ranges as the inside of a regex character class, in escapes; bmp_only for
    the JSON Schema pattern (ECMA-262 without the u flag has no astral escapes)."""
    def esc(c: int) -> str:
        return f"\\u{c:04x}" if c <= 0xFFFF else f"\\U{c:08x}"
    return "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}"
                   for a, b in ranges if not (bmp_only and a > 0xFFFF))


VISIBLE_PATTERN = f"[^\\s{char_class()}]"
_VISIBLE = re.compile(VISIBLE_PATTERN)
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def is_blank(text: str) -> bool:
    """Nothing to read in the text (see the module's docstring)."""
    return _VISIBLE.search(text) is None


def lone_surrogate(value: str) -> int | None:
    """Where the first lone surrogate is in value, or None."""
    try:
        value.encode("utf-8")  # in C, several times faster than the search: most texts have none
        return None
    except UnicodeEncodeError:
        pass
    m = _SURROGATE.search(value)
    return None if m is None else m.start()
