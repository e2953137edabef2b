"""Values as people read them: "227.9 billion USD", "more than 200 billion USD", "80th anniversary".

One place for how numbers, units and intervals are written in reasons, reports and CI output.
"""

from __future__ import annotations

from .lexicon import PLURAL_NOUNS
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


def unit_name(quantity: Quantity, value: float | None = None) -> str:
    """The unit as it reads after a number (the quantity's own by default): "%", "percentage
    points", "USD", "people"; a counted noun in the plural unless the number is one ("3 brothers",
    "1 count")."""
    name = {"percent": "%", "percentage point": "percentage points"}.get(quantity.unit, quantity.unit)
    number = quantity.value if value is None else value
    if quantity.dimension == "clock":
        return "minute" if number == 1 else "minutes"
    if number == 1:
        return _ONE.get(name, name)
    if quantity.dimension == "count" or quantity.dimension in _PHYSICAL and name.replace(" ", "").isalpha():
        head, _, rest = name.partition(" per ")  # "miles per hour"
        return plural(head) + (f" per {rest}" if rest else "")
    return name


def with_unit(number: str, quantity: Quantity, value: float | None = None) -> str:
    """A number and its unit as they read: "4.4 percent" as "4.4%", a magnitude before its number
    ("magnitude 4.4"), anything else after it ("13 miles", "227.9 billion USD")."""
    if quantity.unit == "percent":
        return f"{number}%"
    if quantity.dimension == "magnitude":
        return f"magnitude {number}"
    return f"{number} {unit_name(quantity, value)}"


# Physical dimensions whose units are English words that take a plural ("13 miles", "80 feet").
_PHYSICAL = frozenset({"length", "area", "volume", "mass", "speed", "velocity", "temperature", "energy", "power"})


# Units stored in the plural, as they read after "1".
_ONE = {"people": "person", "children": "child", "men": "man", "women": "woman", "years": "year",
        "months": "month", "weeks": "week", "days": "day", "hours": "hour", "minutes": "minute",
        "seconds": "second"}


_IRREGULAR_PLURALS = {"foot": "feet", "inch": "inches", "metre": "metres", "meter": "meters"}


def plural(noun: str) -> str:
    """An English plural of a counted noun as claimcheck stores it (singular): "brother" ->
    "brothers", "casualty" -> "casualties", "gunman" -> "gunmen"; plurals stay ("people")."""
    if noun in PLURAL_NOUNS or not noun[-1:].isalpha():
        return noun
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith("man") and len(noun) > 4:
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def clock(minutes: float) -> str:
    """Minutes after midnight as a 24-hour time: 1365 -> "22:45"; the end of a day (midnight
    approached from before, "just before midnight Tuesday") is 1440 -> "24:00", as ISO 8601 writes
    it, so it is not read as the first minute of the day."""
    if int(minutes) == 24 * 60:
        return "24:00"
    whole = int(minutes) % (24 * 60)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def score_value(first: int, second: int) -> float:
    """A score or win-loss record as one exact number: 31-24 -> 31024 (read back by score_text)."""
    return float(first * 1000 + second)


def score_text(value: float) -> str:
    """31024 -> "31-24"."""
    first, second = divmod(int(value), 1000)
    return f"{first}-{second}"


def describe_value(claim: Claim) -> str:
    """The value as a reader would say it: "227.9 billion USD", "more than 200 billion USD"."""
    q = claim.quantity
    assert q is not None
    hedge = f"{q.hedge} " if q.hedge and q.hedge != "range" else ""
    if q.dimension == "clock":
        return f"{hedge}{clock(q.value)}"
    if q.dimension == "score":
        return score_text(q.value)
    if q.unit == "anniversary":
        return f"{hedge}{ordinal(int(q.value))} anniversary"
    if q.hedge == "range" and q.lower is not None and q.upper is not None:
        return with_unit(f"{format_number(q.lower + q.precision)}–{format_number(q.upper - q.precision)}", q)
    return f"{hedge}{with_unit(format_number(q.value), q)}"
