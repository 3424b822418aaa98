"""Daily exchange rates from the ECB history packaged in currencyconverter (no network).

    >>> rate("USD", "EUR", on=date(2022, 1, 13))
    0.87237...
    >>> rate("USD", "KZT", on=date(2022, 1, 13)) is None   # the ECB does not publish KZT
    True

On a day without a published rate (weekends, holidays) the nearest earlier and
later rates are interpolated linearly. Unknown currencies and days outside the
ECB's history give None, never an exception.
"""
from __future__ import annotations

import functools
from datetime import date, timedelta

SOURCE = "ECB euro reference rates (currencyconverter)"


@functools.lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=False)


def currencies() -> frozenset[str]:
    return frozenset(_converter().currencies)


def bounds(ccy: str) -> tuple[date, date] | None:
    b = _converter().bounds.get(ccy.upper())
    return (b.first_date, b.last_date) if b else None


def rate(from_ccy: str, to_ccy: str, on: date | None = None) -> float | None:
    """Units of to_ccy for one from_ccy on that day (latest rate when on is None)."""
    a, b = from_ccy.upper().strip(), to_ccy.upper().strip()
    if a == b:
        return 1.0
    conv = _converter()
    if a not in conv.currencies or b not in conv.currencies:
        return None
    try:
        return float(conv.convert(1, a, b, date=on))
    except Exception:  # RateNotFoundError and friends: no rate, not a crash
        return None


def rate_range(from_ccy: str, to_ccy: str, start: date, end: date) -> tuple[float, float] | None:
    """Lowest and highest daily rate over [start, end] (inclusive), or None."""
    if end < start:
        start, end = end, start
    found = []
    day = start
    while day <= end:
        r = rate(from_ccy, to_ccy, day)
        if r is not None:
            found.append(r)
        day += timedelta(days=1)
    return (min(found), max(found)) if found else None


def convert(amount: float, from_ccy: str, to_ccy: str, on: date | None = None) -> float | None:
    """amount in from_ccy expressed in to_ccy at that day's ECB rate, or None."""
    r = rate(from_ccy, to_ccy, on)
    return None if r is None else amount * r
