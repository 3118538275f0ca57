"""Words the temporal engine knows: months, weekdays, seasons, numbers, units."""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
NUMBERS: dict[str, float] = {w: i for i, w in enumerate(_SMALL)}
NUMBERS.update(_TENS)
NUMBERS.update({"a": 1, "an": 1, "one hundred": 100, "a hundred": 100, "hundred": 100, "a dozen": 12,
                "dozen": 12, "half a": 0.5, "a half": 0.5, "a couple of": 2, "couple of": 2, "a couple": 2})
VAGUE = {"several", "few", "a few", "many", "some", "numerous", "the", "a number of", "dozens of",
         "hundreds of", "thousands of", "recent"}

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21, "1st": 1, "2nd": 2,
            "3rd": 3, "4th": 4, "final": 4, "last": 4}

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}

# unit -> (ISO duration letter, is time part)
UNITS: dict[str, tuple[str, float]] = {
    "second": ("S", 1), "minute": ("M", 1), "hour": ("H", 1), "day": ("D", 1), "night": ("D", 1),
    "week": ("W", 1), "weekend": ("D", 2), "fortnight": ("W", 2), "month": ("M", 1), "quarter": ("Q", 1),
    "year": ("Y", 1), "decade": ("DE", 1), "century": ("CE", 1), "centurie": ("CE", 1),
    "millennium": ("Y", 1000), "millennia": ("Y", 1000),
}
TIME_UNITS = {"second", "minute", "hour"}

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def number(words: str) -> float | None:
    """Value of a number written in digits or words ("3", "1,460", "twenty-one", "a"); None if vague."""
    w = " ".join(words.lower().replace("-", " ").split())
    if not w:
        return None
    if w[0].isdigit():
        try:
            return float(w.replace(",", ""))
        except ValueError:
            return None
    if w in NUMBERS:
        return NUMBERS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in NUMBERS:
        return _TENS[parts[0]] + NUMBERS[parts[1]]
    return None
