"""Values as people read them: "227.9 billion USD", "more than 200 billion USD", "80th anniversary".

One place for how numbers, units and intervals are written in reasons, reports and CI output.
"""

from __future__ import annotations

from .model import Claim, Quantity

SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def scale_of(value: float) -> tuple[float, str]:
    """The scale word a number is read in: (1e9, "billion") for 227.9e9; (1, "") below a million."""
    return next(((s, word) for s, word in SCALES if abs(value) >= s), (1.0, ""))


def plain_number(value: float) -> str:
    """Thousands separators and no float noise: 1200 -> "1,200", 14.649999999 -> "14.65"."""
    return format(value, ",.12g")


def format_number(value: float) -> str:
    """A readable number: 227900000000 -> "227.9 billion", 14.7 -> "14.7", 1200 -> "1,200"."""
    scale, word = scale_of(value)
    return " ".join(filter(None, [plain_number(value / scale), word]))


def ordinal(n: int) -> str:
    """1 -> "1st", 12 -> "12th", 23 -> "23rd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def unit_name(quantity: Quantity) -> str:
    """The unit as it reads after a number: "%", "percentage points", "USD", "people"."""
    return {"percent": "%", "percentage point": "percentage points"}.get(quantity.unit, quantity.unit)


def describe_value(claim: Claim) -> str:
    """The value as a reader would say it: "227.9 billion USD", "more than 200 billion USD"."""
    q = claim.quantity
    assert q is not None
    hedge = f"{q.hedge} " if q.hedge and q.hedge != "range" else ""
    if q.unit == "anniversary":
        return f"{hedge}{ordinal(int(q.value))} anniversary"
    if q.hedge == "range" and q.lower is not None and q.upper is not None:
        return f"{format_number(q.lower + q.precision)}–{format_number(q.upper - q.precision)} {unit_name(q)}"
    return f"{hedge}{format_number(q.value)} {unit_name(q)}"
