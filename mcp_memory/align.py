"""Put one text the way the other writes the same thing, before dedup compares their facts.

"31k" beside "$31,000", "5-9pm" beside "17-21", "New Year's Day" beside "1 January", "colour" beside
"color", "VS Code" beside "Visual Studio Code": each helper rewrites a form only when the other text
says that value, so "a 5k run" stays a run and nothing is guessed. ``policy.classify_near_neighbour``
aligns both texts this way, then ``facts`` extracts and compares what they state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcp_memory.facts import (  # the number words and forms the fact extractor reads too
    _AND_A_HALF,
    _COMPOUND_NUMBER,
    _LISTED_DAY,
    _MIDNIGHT,
    _MONTHS,
    _NOON,
    _NOT_A_SINGLE,
    _NUMBER_WORDS,
    _PERCENT,
    _US_SPELLING,
    _USED,
    _WORD,
    STOPWORDS,
    _and_a_part,
    _compound,
    _day_key,
    _number_value,
    _numbers,
)

__all__ = [
    "align_acronyms",
    "align_in_laws",
    "align_numbers",
    "align_spellings",
    "align_weekdays",
    "clear_cache",
    "sorted_lists",
]


def clear_cache() -> None:
    """Forget the kept spelling keys (the benchmark's cold-cache timing)."""
    _spelling_key.cache_clear()


_GLOSSED_ACRONYM = re.compile(r"((?:[A-Z][a-z]+ (?:(?:of|and|for|the) )*){1,4}[A-Z][a-z]+) \(([A-Z]{2,5})\)")


def _without_glossed_acronyms(text: str) -> str:
    """``text`` without an acronym in brackets after the words it shortens ("Leeds General
    Infirmary (LGI)"): it names nothing more."""

    def drop(m: re.Match[str]) -> str:
        initials = "".join(w[0] for w in m[1].split() if w[0].isupper())
        return m[1] if m[1] and initials.endswith(m[2]) else m[0]

    return _GLOSSED_ACRONYM.sub(drop, text)


def align_acronyms(text: str, other: str) -> str:
    """``text`` with each run of words that spells out an acronym ``other`` uses replaced by
    it ("Visual Studio Code" -> "VS Code" when the other text says "VS Code", "chief financial
    officer" -> "CFO"), so both name the thing the same way. A name with a plus is one word
    ("A+" -> "Aplus") when both texts write one: "A+" and "Network+" are two certificates."""
    text, other = _without_glossed_acronyms(text), _without_glossed_acronyms(other)
    if _PLUS_NAME.search(text) and _PLUS_NAME.search(other):  # "CompTIA A+" / "CompTIA Network+"
        text = _PLUS_NAME.sub(lambda m: m[1] + "plus" * len(m[2]), text)
    acronyms = {a.replace("&", ""): a for a in _ACRONYM.findall(other) if a not in text}  # "M&S": MS
    if not acronyms:
        return text
    words = list(re.finditer(r"[A-Za-z]+", text))
    out, at, i = [], 0, 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 1, -1):
            run = words[i : i + n]
            initials = "".join(
                w[0][0] for j, w in enumerate(run) if not (0 < j < n - 1 and w[0] in _ACRONYM_GLUE)
            ).upper()
            # "Marks & Spencer", "Parent-Teacher Association"
            spelt = text[run[0].start() : run[-1].end()].replace(" & ", " ").replace("-", " ")
            if initials in acronyms and spelt.count(" ") == n - 1:
                out += [text[at : run[0].start()], acronyms[initials]]
                at, i = run[-1].end(), i + n
                break
        else:
            i += 1
    return "".join(out) + text[at:]


def align_numbers(text: str, other: str) -> str:
    """``text`` with a number written the short way put the way ``other`` writes the same
    value: "31k" when the other says 31,000, "2.4m" for 2.4 million, "two weeks" for 14 days,
    "at 5" in the afternoon for 17:00, a phone number grouped otherwise, "3 h 41 min" for 3:41,
    "RM600" for "RM 600", "on 15.10." for "15 October", "a fifth of" for 20%.
    Only a value the other text has is rewritten, so "a 5k run" stays a run."""
    text = _EVEN_SPLIT.sub("evenly", text)
    text = _IN_HALF.sub(r"\1 evenly", text)  # "split it in half" is "split 50/50"
    text = _GLUED_CODE.sub(lambda m: _code_apart_if_in(m, other), text)
    text = _DOTTED_RANGE_START.sub(lambda m: _dotted_date_if_in(m, other), text)  # before its end is read
    text = _DOTTED_DATE.sub(lambda m: _dotted_date_if_in(m, other), text)
    text = _DOTTED_AFTER_MARK.sub(lambda m: _dotted_date_if_in(m, other), text)  # "28.3.-12.4.", ": 14.11."
    text = _DIGIT_GROUPS.sub(
        lambda m: m[0].replace(" ", "") if len(re.sub(r"\D", "", m[0])) >= 7 else m[0], text
    )
    text = _HOURS_MINUTES.sub(lambda m: _hours_minutes(m, other), text)
    text = _HOURS_AND_HALF.sub(lambda m: f"{m[1]} and a half hours" if _HALF.search(other) else m[0], text)
    text = _MONEY_AND_CHANGE.sub(lambda m: _money_and_change(m, other), text)
    text = _ROMAN_TOKEN.sub(lambda m: f"roman{m[1]}" if re.search(rf"\b{m[1]}\b", other) else m[0], text)
    text = _SPACE_GROUPED.sub(lambda m: _grouped_as_in(m, other), text)
    text = _SHORT_DECADE.sub(lambda m: _full_decade_if_in(m, other), text)
    text = _DECADE_WORD.sub(lambda m: _decade_of_word_if_in(m, other), text)
    values = {float(v) for v in _numbers(other) if _PLAIN_NUMBER.fullmatch(v)}
    text = _GRAND.sub(lambda m: _thousands_if_in(m, values), text)
    text = _four_digit_clocks(text, other)
    text = _SIGNED_ZERO.sub(lambda m: m[1] if re.search(rf"{re.escape(m[1])}(?!\d)", other) else m[0], text)
    text = _GLUED_HOURS.sub(lambda m: _said_as_in(rf"\b{m[1]}[- ]hours?\b", other, m[0]), text)  # "24h"

    def scaled(m: re.Match[str]) -> str:
        value = round(float(m[1]) * (1000 if m[2].lower() in ("k", "thousand", "mil") else 1_000_000))
        if value not in values:
            return m[0]
        grouped = len(m[2]) > 4 and f"{value:,}" in other  # "2.35 million" as the other's "2,350,000"
        return f"{value:,}" if grouped else f"{value:.0f}"

    def weeks(m: re.Match[str]) -> str:
        days = _number_value(m[1]) * 7
        return f"{days} days" if re.search(rf"\b{days}[- ]days?\b", other) else m[0]  # "a 14-day trip"

    def hours_as_days(m: re.Match[str]) -> str:  # "48 hours' notice" where the other says "two days'"
        days, rest = divmod(int(m[1]), 24)
        word = _WORD_OF_NUMBER.get(str(days), days)
        said = not rest and re.search(rf"\b(?:{days}|{word}) days?\b", other, re.I)
        return said[0] if said else m[0]

    def afternoon(m: re.Match[str]) -> str:
        hour = int(m[1]) + 12
        return f"at {hour}:00" if re.search(rf"\b{hour}[:.]00\b", other) else m[0]

    def smaller_unit(m: re.Match[str]) -> str:  # "3.6 kg" where the other says "3,600 grams"
        value = float(m["n"].replace(",", "")) * 1000
        for names, written in _SMALLER_UNIT.items():
            found = written.search(other)
            if m["unit"].lower() in names and value in values and found:
                return f"{value:.0f} {found['unit']}"
        return m[0]

    text = _SHORT_SCALE.sub(scaled, text)
    text = _HALF_A_KILO.sub("0.5 kg", text)  # "half a kilo" where the other says "500 g"
    text = _BIGGER_UNIT.sub(smaller_unit, text)  # "1 g of metformin" where the other says "1000 mg"
    text = _STONE.sub(lambda m: _pounds_if_in(m, other), text)
    text = _FEET_INCHES.sub(lambda m: _inches_if_in(m, other), text)
    text = _HECTARES.sub(lambda m: _square_metres_if_in(m, other), text)
    text = _HOURS_HYPHENED.sub(r"\1 hours and a \2", text)  # "a one-and-a-half-hour nap"
    text = _HOURS_SPOKEN.sub(lambda m: _minutes_if_in(m, other), text)
    text = _YEAR_AND_HALF.sub(lambda m: _if_other_says("18 months", other, m[0]), text)
    text = _QUARTERLY.sub(lambda m: _if_other_says("four times a year", other, m[0]), text)
    text = _HOUR_OF_DAY.sub(lambda m: _hour_of_day(m, other), text)
    text = _NOON.sub(lambda m: _clock_if_in("12:00", other, m[0]), text)  # "noon" where the other says 12:00
    text = _FRACTION_OF.sub(lambda m: _percent_if_in(m, other), text)
    text = _LONG_MINUTES.sub(lambda m: _hours_if_in(m, other), text)
    text = _MILLIMETRES.sub(lambda m: _if_other_says(f"{int(m[1]) // 10} cm", other, m[0]), text)
    text = _DOTTED_CLOCK.sub(lambda m: _clock_if_in(f"{m[1]}:{m[2]}", other, m[0]), text)  # "7.30" / "7:30"
    text = _WEEKS.sub(weeks, text)
    text = _WHOLE_DAYS_IN_HOURS.sub(hours_as_days, text)
    text = _HOLIDAY.sub(lambda m: _date_if_in(m, other), text)
    text = _SHORT_YEAR_RANGE.sub(lambda m: _full_years_if_in(m, other), text)
    text = _STATE_CODE.sub(lambda m: _state_if_in(m, other), text)
    text = _HOUR_RANGE.sub(lambda m: _hour_range_if_in(m, other), text)
    text = _AM_PM.sub(lambda m: _clock_of_am_pm(m, other), text)  # "7 am" where the other says 07:00
    text = _MIDNIGHT.sub(lambda m: _clock_if_in("00:00", other, m[0]), text)
    text = _MINUTES_SECONDS.sub(lambda m: _clock_if_in(f"{m[1]}:{int(m[2]):02d}", other, m[0]), text)
    text = _DECIMAL_HOURS.sub(lambda m: _minutes_of_hours(m, other), text)
    text = _A_PAIR_OF.sub(lambda m: "two" if re.search(r"\b(?:two|2)\b", other, re.I) else m[0], text)
    if _AFTERNOON.search(text):
        text = _BARE_HOUR.sub(afternoon, text)
    return text


_HOLIDAY_DATE = {
    "new year's day": ("jan", 1),
    "new year": ("jan", 1),  # "since New Year 2019"
    "new year's eve": ("dec", 31),
    "christmas eve": ("dec", 24),
    "christmas day": ("dec", 25),
    "boxing day": ("dec", 26),
    "valentine's day": ("feb", 14),
    "halloween": ("oct", 31),
}
_HOLIDAY = re.compile(
    r"\b(?:new year['’]s (?:day|eve)|new year(?= \d{4}\b)|christmas (?:day|eve)|boxing day|valentine['’]s day"
    r"|halloween)\b",
    re.I,
)


_HOUR_RANGE = re.compile(
    r"(?<![\d:.])\b(\d{1,2})(\s*[-–]\s*|\s+(?:and|to)\s+)(\d{1,2})\s*([ap])\.?m\b\.?", re.I
)
_MINUTES_SECONDS = re.compile(r"\b(\d{1,2}) ?min(?:ute)?s?,? (?:and )?(\d{1,2}) ?s(?:ec(?:ond)?s?)?\b", re.I)
_DECIMAL_HOURS = re.compile(r"\b(\d+\.\d+) ?(?:hours?|hrs?|h)\b", re.I)


def _minutes_of_hours(m: re.Match[str], other: str) -> str:
    """ "1.5 hours" as "90 minutes" or "1 hour 30 minutes" when ``other`` says so, else as written."""
    minutes = float(m[1]) * 60
    if not minutes.is_integer():
        return m[0]
    if re.search(rf"\b{minutes:.0f}[- ]?min(?:ute)?s?\b", other, re.I):
        return f"{minutes:.0f} minutes"
    hours, rest = divmod(int(minutes), 60)
    said = re.search(rf"\b{hours} ?h(?:ours?|rs?)?,? (?:and )?{rest} ?m(?:in(?:ute)?s?)?\b", other, re.I)
    return said[0] if said else m[0]


_A_PAIR_OF = re.compile(r"\ba pair of\b", re.I)


_AM_PM = re.compile(r"\b(1[0-2]|[1-9])(?::([0-5]\d))? ?([ap])\.?m\b\.?", re.I)


def _clock_of_am_pm(m: re.Match[str], other: str) -> str:
    """ "7 am" as "07:00" or "7:00", "9:30pm" as "21:30", when ``other`` writes it so, else as written."""
    hour = int(m[1]) % 12 + (12 if m[3].lower() == "p" else 0)
    for clock in (f"{hour:02d}:{m[2] or '00'}", f"{hour}:{m[2] or '00'}"):
        if re.search(rf"(?<![\d:]){clock}(?![\d:]| ?[ap]\.?m\b)", other, re.I):  # not "4:30 pm" for "4:30 am"
            return clock
    return m[0]


_SPACE_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3})[ \u00a0\u202f](\d{3})\b(?![.,]?\d)")


def _grouped_as_in(m: re.Match[str], other: str) -> str:
    """ "M2 800" as "M2,800" (or "M2800") when ``other`` writes the amount so, else as written."""
    for joined in (f"{m[1]},{m[2]}", f"{m[1]}{m[2]}"):
        if re.search(rf"(?<![\d.,]){joined}(?![\d])", other):
            return joined
    return m[0]


_SHORT_DECADE = re.compile(r"(?<![\w'’])['’]?([1-9]0)s\b")


def _full_decade_if_in(m: re.Match[str], other: str) -> str:
    """ "the 70s" as "the 1970s" (or "the 2010s" for "10s") when ``other`` names that decade."""
    for century in ("19", "20"):
        if f"{century}{m[1]}s" in other:
            return f"{century}{m[1]}s"
    return m[0]


_DECADE_WORD = re.compile(r"\bthe (twen|thir|for|fif|six|seven|eigh|nine)ties\b", re.I)
_DECADE_TENS = {"twen": 2, "thir": 3, "for": 4, "fif": 5, "six": 6, "seven": 7, "eigh": 8, "nine": 9}


def _decade_of_word_if_in(m: re.Match[str], other: str) -> str:
    """ "the sixties" as "the 1960s" when ``other`` names that decade; "in her sixties" is an age."""
    decade = f"19{_DECADE_TENS[m[1].lower()]}0s"
    return f"the {decade}" if decade in other else m[0]


_NUMBER_WORD = "|".join(sorted((w for w, v in _NUMBER_WORDS.items() if v.isdigit()), key=len, reverse=True))
"""A number said in one word ("nine", "twelve"), longest first."""
_GRAND = re.compile(rf"(?<![\w.])(\d+(?:\.\d+)?|{_NUMBER_WORD}) grand\b", re.I)


def _thousands_if_in(m: re.Match[str], values: set[float]) -> str:
    """ "nine grand" as 9000 when the other text says that sum ("$9,000"; ``values`` are its
    numbers, as ``align_numbers`` reads them)."""
    word = m[1].lower()
    value = round(float(word if word[0].isdigit() else _number_value(word)) * 1000)
    return str(value) if value in {round(v) for v in values} else m[0]


_FOUR_DIGIT_CLOCK = re.compile(r"(?<![\d:.,])([01]\d|2[0-4])([0-5]\d)(?![\d:])")  # "0600", "1800-2400"


def _four_digit_clocks(text: str, other: str) -> str:
    """ "0600-1800" as "06:00-18:00" (a leading zero makes the text's four-digit numbers clocks),
    "1800" as 18:00 where ``other`` says that clock."""
    if any(m[1][0] == "0" for m in _FOUR_DIGIT_CLOCK.finditer(text)):
        return _FOUR_DIGIT_CLOCK.sub(lambda m: f"{m[1]}:{m[2]}", text)
    return _FOUR_DIGIT_CLOCK.sub(lambda m: _clock_if_in(f"{m[1]}:{m[2]}", other, m[0]), text)


_SIGNED_ZERO = re.compile(r"([-+]\d+\.\d)0(?!\d)")  # "-3.50" is "-3.5" (a prescription), not "3.10" / "3.1"
_GLUED_HOURS = re.compile(r"\b(\d{1,2}) ?h\b")


def _said_as_in(pattern: str, other: str, default: str) -> str:
    """What ``other`` says where it matches ``pattern``; else ``default``."""
    said = re.search(pattern, other, re.I)
    return said[0] if said else default


def _hour_range_if_in(m: re.Match[str], other: str) -> str:
    """ "5-9pm" as "17-21" (or "17:00-21:00"), "between 2 and 4 pm" as "between 14:00 and 16:00",
    when ``other`` writes those hours, else as written."""
    shift = 12 if m[4].lower() == "p" else 0
    start, end = (int(h) % 12 + shift for h in (m[1], m[3]))
    found = re.search(rf"\b{start}(?::00)?\s*[-–]\s*{end}(?::00)?\b", other)
    if found:
        return found[0]
    clocks = [
        re.search(rf"(?<![\d:])0?{hour}:00(?![\d:]| ?[ap]\.?m\b)", other, re.I) for hour in (start, end)
    ]
    return f"{clocks[0][0]}{m[2]}{clocks[1][0]}" if clocks[0] and clocks[1] else m[0]


_SHORT_YEAR_RANGE = re.compile(r"\b((?:19|20)(\d\d))\s*[-–]\s*(\d\d)\b(?![-–/.]\d)")


def _full_years_if_in(m: re.Match[str], other: str) -> str:
    """ "1991-96" as "1991-1996" when ``other`` names 1996, else as written."""
    end = f"{m[1][:2]}{m[3]}"
    return f"{m[1]}-{end}" if re.search(rf"\b{end}\b", other) else m[0]


def _date_if_in(m: re.Match[str], other: str) -> str:
    """ "New Year's Day" as the other text writes its date ("1 January", "Jan 1st"), else as written."""
    month, day = _HOLIDAY_DATE[m[0].lower().replace("’", "'")]
    found = _day_of_month_in(day, month, other)
    return found[0] if found else m[0]


def _day_of_month_in(day: int, month: str, other: str) -> re.Match[str] | None:
    """Where ``other`` names that day of that month ("1 Jan", "January 1st"); ``month`` is the
    first three letters of its name."""
    return re.search(
        rf"\b{day}(?:st|nd|rd|th)?(?: of)? {month}[a-z]*\.?(?!\w)|\b{month}[a-z]*\.? {day}(?:st|nd|rd|th)?\b",
        other,
        re.I,
    )


_US_STATES = dict(
    pair.split(":")
    for pair in [
        "AL:Alabama",
        "AK:Alaska",
        "AZ:Arizona",
        "AR:Arkansas",
        "CA:California",
        "CO:Colorado",
        "CT:Connecticut",
        "DE:Delaware",
        "FL:Florida",
        "GA:Georgia",
        "HI:Hawaii",
        "ID:Idaho",
        "IL:Illinois",
        "IN:Indiana",
        "IA:Iowa",
        "KS:Kansas",
        "KY:Kentucky",
        "LA:Louisiana",
        "ME:Maine",
        "MD:Maryland",
        "MA:Massachusetts",
        "MI:Michigan",
        "MN:Minnesota",
        "MS:Mississippi",
        "MO:Missouri",
        "MT:Montana",
        "NE:Nebraska",
        "NV:Nevada",
        "NH:New_Hampshire",
        "NJ:New_Jersey",
        "NM:New_Mexico",
        "NY:New_York",
        "NC:North_Carolina",
        "ND:North_Dakota",
        "OH:Ohio",
        "OK:Oklahoma",
        "OR:Oregon",
        "PA:Pennsylvania",
        "RI:Rhode_Island",
        "SC:South_Carolina",
        "SD:South_Dakota",
        "TN:Tennessee",
        "TX:Texas",
        "UT:Utah",
        "VT:Vermont",
        "VA:Virginia",
        "WA:Washington",
        "WV:West_Virginia",
        "WI:Wisconsin",
        "WY:Wyoming",
    ]
)
_STATE_CODE = re.compile(rf"(?<=, )(?:{'|'.join(_US_STATES)})\b")  # "St. Petersburg, FL"


def _state_if_in(m: re.Match[str], other: str) -> str:
    """ "FL" after a town as "Florida" when ``other`` names the state, else as written."""
    state = _US_STATES[m[0]].replace("_", " ")
    return state if re.search(rf"\b{state}\b", other) else m[0]


def _percent_if_in(m: re.Match[str], other: str) -> str:
    """ "a quarter of" as "25% of", "half paid" as "50% paid", when ``other`` says that
    percentage, else as written."""
    word = m[1] or m[2] or m[3]
    value = _FRACTION_PERCENT[word.lower()]
    if not re.search(rf"(?<![\d.]){value} ?%", other):
        return m[0]
    return f"{value}%" + m[0][len(word) :]


def _code_apart_if_in(m: re.Match[str], other: str) -> str:
    """ "RM600" as "RM 600" when ``other`` writes the code apart from a number ("RM 600"),
    else as written: the code is a currency there, not part of a model name ("Y15ZR")."""
    return f"{m[1]} {m[2]}" if re.search(rf"\b{m[1]} \d", other) else m[0]


def _dotted_date_if_in(m: re.Match[str], other: str) -> str:
    """ "15.10." as "15 October" when ``other`` names that day of that month ("15 Oct",
    "October 15th"), else as written: "15.10" alone may be a decimal."""
    day, month = int(m[2]), int(m[3])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return m[0]
    name = _MONTHS[month - 1]
    return f"{m[1]}{day} {name}" if _day_of_month_in(day, name[:3], other) else m[0]


def _hours_if_in(m: re.Match[str], other: str) -> str:
    """ "105 minutes" as "1 hour 45 minutes", "120 minutes" as "2 hours", when ``other`` says
    that duration, else as written."""
    hours, minutes = divmod(int(m[1]), 60)
    if hours and minutes in (15, 30, 45) and "-" in m[0]:  # "a 90-minute ride" / "a 1.5-hour ride"
        whole = re.search(rf"(?<![\d.]){hours + minutes / 60:g}-hours?\b", other, re.I)
        return whole[0] if whole else m[0]
    if hours and not minutes:  # "120 minutes" where the other says "2 hours"
        return f"{hours} hours" if re.search(rf"\b{hours}[ -]hours?\b", other, re.I) else m[0]
    said = re.search(rf"\b{hours} ?h(?:ours?|rs?)? (?:and )?{minutes} ?min(?:ute)?s?\b", other, re.I)
    return f"{hours} hours {minutes} minutes" if hours and said else m[0]


def _money_and_change(m: re.Match[str], other: str) -> str:
    """ "twelve pounds fifty" as "12.50 pounds" when ``other`` writes 12.50."""
    whole, part = _number_value(m[1]), _number_value(m[3])
    value = f"{whole}.{part:02d}"
    return f"{value} {m[2]}" if part < 100 and value in other else m[0]


_MONEY_AND_CHANGE = re.compile(
    rf"\b(\d{{1,4}}|{_NUMBER_WORD}) (pounds?|quid|dollars?|euros?|bucks) (\d{{1,2}}|{_NUMBER_WORD})(?: (?:pence|p|cents?))?\b",
    re.I,
)
_HOURS_AND_HALF = re.compile(rf"\b(\d{{1,2}}|{_NUMBER_WORD}) hours? and (?:30|thirty) minutes\b", re.I)
_HALF = re.compile(r"\band a half\b|\d\.5\b|½", re.I)
# the same Roman numeral in both texts is the same label, however each reads it ("a III pillar
# pension" / "his Swedbank III pillar pension")
_ROMAN_TOKEN = re.compile(r"\b(II|III|IV|VI|VII|VIII|IX|XI|XII)\b")


def _hours_minutes(m: re.Match[str], other: str) -> str:
    """ "3 h 45 min" as "3:45" when ``other`` writes that, else in words as a duration."""
    clock = _clock_if_in(f"{m[1]}:{int(m[2]):02d}", other, m[0])
    return clock if clock != m[0] else f"{m[1]} hours {int(m[2])} minutes"


def _hour_of_day(m: re.Match[str], other: str) -> str:
    """ "11 in the morning" as "11:00" or "11am", whichever ``other`` writes, else as written."""
    morning = m[2].lower() == "morning"
    hour = int(_NUMBER_WORDS.get(m[1].lower(), m[1]))  # "seven in the morning" too
    clock = _clock_if_in(f"{hour + (0 if morning else 12)}:00", other, m[0])
    said = re.search(rf"(?<![\d:]){hour}( ?)(?:am|pm)\b", other, re.I)
    if clock == m[0] and said:
        return f"{hour}{said[1]}{'am' if morning else 'pm'}"  # "6 am" as the other writes it
    return clock


def _clock_if_in(clock: str, other: str, written: str) -> str:
    """``clock`` as ``other`` writes it ("3:41", "07:00" for 7:00), else the text as ``written``."""
    said = re.search(rf"(?<![\d:])0?{clock}(?![\d:])", other)
    return said[0] if said else written


_IN_HALF = re.compile(r"\b(split(?: it| them| the \w+)?) in half\b", re.I)
_EVEN_SPLIT = re.compile(  # "they each pay half", "half each"
    r"\b(?:50/50|fifty[- ]fifty|half[- ]and[- ]half|half[- ]half|equally|(?:each|both) pays? half|half each(?! way))\b",
    re.I,
)
_DIGIT_GROUPS = re.compile(r"(?<![\d,.:/-])\d{2,8}(?: \d{2,8}){1,3}(?![\d,:/-]|\.\d)")  # "087 412 3398"
_FRACTION_OF = re.compile(  # "half of it", "a fifth of her salary", "half paid upfront", "will pay half"
    r"\b(a quarter|half|three quarters|a fifth) of\b|\b(half)(?= (?:paid|up ?front|now|later)\b)"
    r"|(?:(?<=\bpay )|(?<=\bpays )|(?<=\bpaid )|(?<=\bcover )|(?<=\bcovers )|(?<=\bcovered ))(half)\b(?! an?\b)",
    re.I,
)
_FRACTION_PERCENT = {"a quarter": 25, "half": 50, "three quarters": 75, "a fifth": 20}
_GLUED_CODE = re.compile(r"\b([A-Z]{2,3})(\d[\d,]*(?:\.\d+)?k?)\b")  # "RM600", "RM4.2k"
_DOTTED_DATE = re.compile(  # "on 15.10.", "by 15.3": a date after a word that leads one, not "1.5 litres"
    r"\b((?:on|by|from|until|till|to|since|before|after|due|expires|ends|out) )(\d{1,2})\.(\d{1,2})\.?(?![\d.]?\d)",
    re.I,
)
# "20.12 to 6.01": the first of two dotted dates; its lead word is empty, read like ``_DOTTED_DATE``'s
_DOTTED_RANGE_START = re.compile(
    r"\b()(\d{1,2})\.(\d{1,2})\.?(?=\s*(?:to|until|till|-|–)\s*\d{1,2}\.\d{1,2}\b)", re.I
)
_DOTTED_AFTER_MARK = re.compile(r"(?<=[-–:])(\s*)(\d{1,2})\.(\d{1,2})\.?(?![\d.]?\d)")
_LONG_MINUTES = re.compile(r"\b(\d{2,3})(?: ?(?:minutes|mins)|-minute)\b", re.I)
_MILLIMETRES = re.compile(r"\b(\d+0) ?mm\b")  # "600 mm" is "60 cm" where the other says so
_HOURS_MINUTES = re.compile(r"\b(\d{1,2}) ?h(?:ours?|rs?)? ?(\d{1,2}) ?m(?:in(?:utes?|s)?)?\b", re.I)
_BIGGER_UNIT = re.compile(
    r"(?<![\d.,])(?P<n>\d+(?:\.\d+)?) ?(?P<unit>kg|kilos?|kilograms?|g|grams?|mg|milligrams?)\b",
    re.I,
)
_SMALLER_UNIT = {  # the names of a unit, and how a unit a thousand times smaller is written
    ("kg", "kilo", "kilos", "kilogram", "kilograms"): re.compile(r"\d ?(?P<unit>g|grams?)\b", re.I),
    ("g", "gram", "grams"): re.compile(r"\d ?(?P<unit>mg|milligrams?)\b", re.I),
    ("mg", "milligram", "milligrams"): re.compile(r"\d ?(?P<unit>mcg|µg|\u03bcg|micrograms?)\b", re.I),
}
_YEAR_AND_HALF = re.compile(r"\b(?:(?:a|one) year and a half|(?:one|1) and a half years|1\.5 years)\b", re.I)
_QUARTERLY = re.compile(r"\b(?:once a quarter|every quarter|quarterly)\b", re.I)
_HALF_A_KILO = re.compile(r"\bhalf a (?:kilo|kg|kilogram)\b", re.I)
_FEET_INCHES = re.compile(r"\b([4-7]) ?(?:ft|feet|foot|')[ ,]*(\d{1,2}) ?(?:in|inches|inch|\")(?![\w])", re.I)
_HECTARES = re.compile(r"\b(\d+(?:\.\d+)?) ?(?:hectares?|ha)\b", re.I)
_STONE = re.compile(r"\b(\d{1,2}) stone(?: (?:and )?(\d{1,2}) ?(?:lbs?|pounds?))?\b", re.I)
_HOURS_HYPHENED = re.compile(r"\b(one|two|three)-and-a-(half|quarter)-hour\b", re.I)
_HOURS_SPOKEN = re.compile(
    r"\b(?:(an|one|two|three)[- ]hours?(?:[- ]and[- ]a[- ](half|quarter))?"
    r"|(half|(?:a )?quarter|three[- ]quarters) (?:of )?an hour"
    r"|(one|two|three|four) and a (half|quarter) hours?)\b",  # "two and a half hours"
    re.I,
)


def _minutes_if_in(m: re.Match[str], other: str) -> str:
    """ "an hour and a half" as "90 minutes", "three quarters of an hour" as "45 minutes", when
    ``other`` says that, else as written."""
    hours = {"an": 1, "one": 1, "two": 2, "three": 3, "four": 4}.get((m[1] or m[4] or "").lower(), 0)
    part = (m[2] or m[3] or m[5] or "").lower().removeprefix("a ").replace("-", " ")
    minutes = 60 * hours + {"half": 30, "quarter": 15, "three quarters": 45}.get(part, 0)
    said = re.search(rf"\b{minutes}[- ]min(?:utes?|s)?\b", other, re.I)  # "90 minutes", "a 90-minute class"
    if not said and minutes % 60:  # "an hour and a half" where the other says "1.5 hours"
        said = re.search(rf"\b{minutes / 60:g} ?(?:hours?|hrs?|h)\b", other, re.I)
    return said[0] if said else m[0]  # as the other writes it: "15 min", "a 45-minute class"


def _inches_if_in(m: re.Match[str], other: str) -> str:
    """ "5 ft 9 in" as "69 inches" when ``other`` says that, else as written."""
    said = re.search(rf"\b{12 * int(m[1]) + int(m[2])} ?(?:inches|inch|in)\b", other, re.I)
    return said[0] if said else m[0]


def _square_metres_if_in(m: re.Match[str], other: str) -> str:
    """ "0.25 hectares" as "2,500 square metres" when ``other`` says that, else as written."""
    area = round(float(m[1]) * 10_000)
    said = re.search(rf"\b(?:{area:,}|{area}) ?(?:square met(?:re|er)s?|m²|m2|sq\.? ?m)\b", other, re.I)
    return said[0] if said else m[0]


def _pounds_if_in(m: re.Match[str], other: str) -> str:
    """ "11 stone" (or "11 stone 4 lb") as "154 lb" when ``other`` says that, else as written."""
    pounds = 14 * int(m[1]) + int(m[2] or 0)
    said = re.search(rf"\b{pounds} ?(lbs?|pounds)\b", other, re.I)
    return f"{pounds} {said[1]}" if said else m[0]


def _if_other_says(said: str, other: str, written: str) -> str:
    """``said`` when ``other`` says it so ("18 months"), else the text as ``written``; words
    beside ``_clock_if_in``, which bounds a clock by digits and colons."""
    return said if re.search(rf"\b{said}\b", other, re.I) else written


# "11 in the morning"
_HOUR_OF_DAY = re.compile(
    r"(?<!half )(?<!past )(?<!to )\b(1[01]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
    r" in the (morning|afternoon|evening)\b",
    re.I,
)
_DOTTED_CLOCK = re.compile(r"(?<![\d.,])(\d{1,2})\.([0-5]\d)(?!\d|[.,]\d)")
_SHORT_SCALE = re.compile(  # "N180k", "R$ 18 mil" (Portuguese and Spanish for a thousand)
    r"(?<!(?-i:[a-z\d(]))(\d+(?:\.\d+)?) ?(k|m|mn|mill\.?|million|thousand|mil(?= [a-z]|[.,;]|$))(?![\w(])",
    re.I,
)
_WHOLE_DAYS_IN_HOURS = re.compile(r"\b(\d{2,3})[- ]?(?:hours?|hrs?)\b", re.I)  # "48 hours", whole days
# "3": "three", not "third" (which ``_NUMBER_WORDS`` also reads as 3)
_WORD_OF_NUMBER = {v: k for k, v in reversed(_NUMBER_WORDS.items()) if v.isdigit()}
_WEEKS = re.compile(r"\b(\d+|two|three|four|five|six|eight|ten|twelve) weeks\b", re.I)
_AFTERNOON = re.compile(r"\b(?:afternoons?|evenings?|tonight|after work|pm)\b", re.I)
_BARE_HOUR = re.compile(r"\bat ([1-9]|1[01])(?![\d:.]| ?(?:am|pm|a\.m|p\.m|o['’]clock)\b)", re.I)
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


_PLUS_NAME = re.compile(r"\b([A-Za-z][A-Za-z0-9]*)(\+\+?)(?![\w+])")  # "A+", "Disney+", "C++", not "Ctrl+C"
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b|\b[A-Z]&[A-Z]\b")
_ACRONYM_GLUE = frozenset({"of", "and", "for", "the"})  # "London School of Economics" is "LSE"


def sorted_lists(text: str, other: str) -> str:
    """``text`` with each list of single words that ``other`` lists too in alphabetical order
    ("Speaks Mandarin, Cantonese and English" beside "Speaks English, Cantonese and Mandarin"):
    the same list said in another order. A list with an item more or less is left as it is."""
    if not (_WORD_LIST.search(text) and _WORD_LIST.search(other)):
        return text
    theirs = {frozenset(i.lower() for i in _list_items(m)) for m in _WORD_LIST.finditer(other)}

    def sort(m: re.Match[str]) -> str:
        items = _list_items(m)
        if frozenset(i.lower() for i in items) not in theirs or any(i.lower() in STOPWORDS for i in items):
            return m[0]  # "Lars and his partner" lists no words
        items.sort(key=str.lower)
        return f"{', '.join(items[:-1])} {m[3]} {items[-1]}"

    return _WORD_LIST.sub(sort, text)


_WORD_LIST = re.compile(r"\b([A-Za-z]+)((?:, [A-Za-z]+)*),? (and|or) ([A-Za-z]+)\b")


def _list_items(m: re.Match[str]) -> list[str]:
    return [m[1], *m[2].split(", ")[1:], m[4]]


def align_spellings(text: str, other: str) -> str:
    """``text`` with each word that ``other`` spells the other side of the Atlantic, or writes
    as one contraction, put as ``other`` writes it: "practising" / "practicing", "paediatric" /
    "pediatric", "cannot" / "can't", "I'd like" / "wants"."""
    words = {_spelling_key(w): w for w in _WORD.findall(other)}
    if _RATHER_THAN.search(other) and not _RATHER_THAN.search(text):
        text = _COMMA_NOT.sub(" rather than ", text)  # "in TypeScript, not JavaScript"
    for long, short in _CONTRACTIONS:  # both texts say it the short way
        text = re.sub(rf"\b{long}\b", short, text, flags=re.I)
    for pattern, plain in _PLAIN_FORMS:
        text = pattern.sub(plain, text)

    def spelled(m: re.Match[str]) -> str:
        found = words.get(_spelling_key(m[0]))
        return found if found and found.lower() != m[0].lower() else m[0]

    return _WORD.sub(spelled, text)


_SHORT_WORDS = {
    "appt": "appointment",
    "dept": "department",
    "govt": "government",
    "mgr": "manager",
    "wk": "week",
    "mth": "month",
    "approx": "approximately",
}
_SHORT_WORD = re.compile(rf"\b({'|'.join(_SHORT_WORDS)})(s?)\b\.?", re.I)
_PART_PERCENT = re.compile(rf"{_AND_A_HALF.pattern}(?= ?(?:per ?cent|percent)\b)", re.I)
_PERIOD_OF = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
_RATHER_THAN = re.compile(r"\b(?:rather than|instead of)\b", re.I)
_COMMA_NOT = re.compile(r", not (?=\w)")


@lru_cache(maxsize=65536)
def _spelling_key(word: str) -> str:
    """A word with British and American spellings made one ("colour", "color" -> "color")."""
    key = _US_SPELLING.get(word.lower(), word.lower())  # "tyres", "tires"
    for pattern, plain in _SPELLING_VARIANTS:
        key = pattern.sub(plain, key)
    return key


_SPELLING_VARIANTS = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"(?<=\w)c(e|es|ed|ing)$", r"s\1"),  # practice, practise; licence, license
        (r"(?<=\w\w)is(e|es|ed|ing|ation|ations)$", r"iz\1"),  # organise / organize
        (r"(?<=\w)ys(e|es|ed|ing)$", r"yz\1"),  # analyse / analyze
        (r"(?<=\w\w)our(s|ed|ing|ite|ites|able|er|ful)?$", r"or\1"),  # colour, favourite
        (r"(?<=\w\w)tre(s)?$", r"ter\1"),  # centre, litre
        (r"(?<=\w)ll(ed|ing|er|ers)$", r"l\1"),  # travelled, cancelling
        (r"(?<=\w)(?:ae|oe)(?=\w)", "e"),  # paediatric, oestrogen
        (r"ogue$", "og"),  # catalogue
        (r"(?<=\w)mme$", "m"),  # programme
    )
)


def _arrives(m: re.Match[str]) -> str:
    """A flight "lands" as it "arrives"; other things land otherwise ("landed a job")."""
    verb = {"s": "arrives", "ed": "arrived", "ing": "arriving"}.get((m[3] or "").lower(), "arrive")
    return f"{m[1]}{m[2]}{verb}"


_PARENT = {"mum": "mother", "mom": "mother", "mam": "mother", "dad": "father"}  # "her mum's sister"
_FEET_INCHES_SAID = re.compile(  # "5'9\"", "5 ft 9 in", "five feet nine inches", "five foot nine"
    r"\b([4-7]|four|five|six|seven) ?(?:'|ft\.?|feet|foot) ?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven)(?: ?(?:\"|in\.?|inch|inches))?(?![\w'’])",
    re.I,
)
_SIDE_KIN = {"aunt": "sister", "uncle": "brother", "grandparents": "parents"}
_SIDE_KIN |= {w: "mother" for w in ("grandmother", "grandma", "granny")}
_SIDE_KIN |= {w: "father" for w in ("grandfather", "grandpa", "grandad")}


_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}


def _tens_ordinal(m: re.Match[str]) -> str:
    """ "seventieth" as "70th"."""
    return f"{_TENS[m[1].lower()]}th"


def _feet_and_inches(m: re.Match[str]) -> str:
    """ "5'9\"", "5 ft 9 in" and "five foot nine" all as "5 feet 9 inches"."""
    return f"{_NUMBER_WORDS.get(m[1].lower(), m[1])} feet {_NUMBER_WORDS.get(m[2].lower(), m[2])} inches"


def _parent_side(m: re.Match[str]) -> str:
    """ "her maternal aunt" is "her mother's sister", "paternal grandfather" "father's father"."""
    parent = "mother" if m[1].lower() == "maternal" else "father"
    return f"{parent}'s {_SIDE_KIN[m[2].lower()]}"


_SMALL_NUMBERS = list(_NUMBER_WORDS)[1:13]  # "one" to "twelve", in the order they count
_PLAIN_FORMS = (  # one way of writing each, whichever the texts use
    (re.compile(r"\b(?:[A-Z][a-z]?\.){2,}"), lambda m: m[0].replace(".", "")),  # "Ph.D." is "PhD"
    (re.compile(r"\b(\d+)[- ]yrs?\b", re.I), r"\1-year"),  # "25-yr mortgage"
    (re.compile(r"\b(?:cell ?phone|mobile phone|cell)\b", re.I), "mobile"),
    (re.compile(r"\bUK (?=English\b)"), "British "),  # "replies in UK English"
    (re.compile(r"\bUS (?=English\b)"), "American "),
    (_PART_PERCENT, _and_a_part),  # "four and a quarter percent" is "4.25 percent"
    (_PERCENT, "%"),  # "4.5 percent" is "4.5%", as spelled_out says it
    (re.compile(r"\b([a-z]+(?:[- ][a-z]+)?) (?:per ?cent|percent)\b", re.I), lambda m: _percent(m)),
    (
        re.compile(rf"\b(Year|Grade|Class|Form|Level|Stage) ({'|'.join(_SMALL_NUMBERS)})\b", re.I),
        lambda m: f"{m[1]} {_NUMBER_WORDS[m[2].lower()]}",  # "Year Four" is "Year 4"
    ),
    (
        re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.(?= ?\d)|(?= \d{1,4}\b))"),
        lambda m: _MONTH_NAMES[m[1][:3].lower()],  # "Feb. 29" is "February 29", "Oct 2024" "October 2024"
    ),
    (
        re.compile(r"(?<=\d )(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"),
        lambda m: _MONTH_NAMES[m[1][:3].lower()],  # "1 Sept." is "1 September"
    ),
    (re.compile(r"\bno (?:longer|more) than\b", re.I), "at most"),  # "replies no longer than 200 words"
    (re.compile(r"\bone and only\b", re.I), "only"),
    (re.compile(r"\bfail(s|ed)? to(?= [a-z])", re.I), lambda m: "did not" if m[1] == "ed" else "does not"),
    (_SHORT_WORD, lambda m: _SHORT_WORDS[m[1].lower()] + ("s" if m[2] else "")),  # "appt" is "appointment"
    # "apart from Sundays", "aside from Sundays"
    (re.compile(r"\b(?:apart from|aside from|with the exception of)\b", re.I), "except"),
    (re.compile(r"\b(?:at|on) (?:the )?weekends?\b", re.I), "on weekends"),  # "at the weekend"
    (re.compile(r"\bwithout (?:warning|notice|calling ahead)\b", re.I), "unannounced"),
    (re.compile(r"\bhuman resources\b", re.I), "HR"),
    (_NOT_A_SINGLE, r"\1 a"),  # "hasn't had a single cigarette" stresses "hasn't had a cigarette"
    (_USED, "used"),  # "a second-hand Octavia" is "a used Octavia"
    (re.compile(r"(?<=[a-z] )Blvd\b"), "Boulevard"),  # "Tsar Osvoboditel Blvd"
    (re.compile(r"\bSt\.? (?=[A-Z])"), "Saint "),  # "St. Petersburg", "St Ives"
    (re.compile(r"\bYrs?\.? (?=\d)"), "Year "),  # "in Yr 9"
    (re.compile(r"\bwi-?fi\b", re.I), "Wi-Fi"),
    (re.compile(r"\bfl\.? ?oz\b\.?", re.I), "fluid ounces"),
    (re.compile(r"\b(\d+) ?x (?=(?:a|per|each) (?:day|week|month|year)\b)"), r"\1 times "),  # "3x a day"
    (re.compile(r"\b(?:doctorate|Doctor of Philosophy)\b", re.I), "PhD"),
    (re.compile(r"\b(Master|Bachelor)['’]?s? (?:degree )?of Science\b"), lambda m: f"{m[1][0]}Sc"),  # "MSc"
    (re.compile(r"\b(Master|Bachelor)['’]?s? (?:degree )?of Arts\b"), lambda m: f"{m[1][0]}A"),  # "BA"
    (re.compile(r"\bMaster of Business Administration\b"), "MBA"),
    (re.compile(r"\bApt\.? ?(?=\d)"), "apartment "),  # "Apt 3" is "apartment 3"
    (re.compile(r"(?<=\d) ?mins?\b\.?(?!\w)"), " minutes"),  # "45 min each way"
    (
        re.compile(r"\b(?:follows|eats|keeps to|sticks to|has) an? (?=(?:[\w-]+ ){0,2}diet\b)", re.I),
        "is on a ",
    ),
    (re.compile(r"\bhalf[- ]time\b", re.I), "50%"),  # "works half-time" / "works 50%"
    (re.compile(r"\b(decided|deciding|decides|chose|chosen) against\b", re.I), r"\1 not to"),
    (re.compile(r"\bin[- ]person\b", re.I), "inperson"),  # one word, the alternative to "online"
    (re.compile(r"(?<=\d) ?m[³3]\b"), " cubic metres"),  # "8 m³ of beech logs"
    (
        re.compile(r"\b(once|twice|three times) (daily|weekly|monthly|yearly)\b", re.I),
        lambda m: f"{m[1]} a {_PERIOD_OF[m[2].lower()]}",  # "once weekly" is "once a week"
    ),
    (re.compile(r"\bnothing but\b", re.I), "only"),  # "is fed nothing but Royal Canin"
    (re.compile(r"\bon an empty stomach\b", re.I), "fasting"),  # the opposite of "with food"
    (  # "takes 50 mg as soon as it starts" / "at the first sign": no count of signs
        re.compile(
            r"\b(?:at the (?:first|earliest) (?:sign|hint|twinge)s?|as soon as (?:it|one|they) (?:starts?|begins?))\b",
            re.I,
        ),
        "at onset",
    ),
    (  # "once in the morning, once in the evening" is "morning and evening", as twice a day says
        re.compile(
            r"\b(?:once|one) in the (morning|afternoon|evening)(?:,|,? and)? (?:once|one) (?:in the|at) "
            r"(morning|afternoon|evening|night|bedtime|supper|dinner|lunch)\b",
            re.I,
        ),
        r"\1 and \2",
    ),
    (  # "twice a day, morning and evening": the times say how often
        re.compile(
            r"\b(?:twice|two times) (?:a day|daily),? (?:- |\()?(?=morning,? and (?:evening|night|supper|bedtime)\b)",
            re.I,
        ),
        "",
    ),
    (  # "won't eat anything but Whiskas tuna" / "only eats Whiskas tuna"
        re.compile(
            r"\b(?:won['’]?t|will not|doesn['’]?t|does not) (eat|drink|wear|use|read) anything (?:but|except)\b",
            re.I,
        ),
        r"only \1s",
    ),
    (re.compile(r"\b(wants?|needs?) (it|them|the \w+) paid off\b", re.I), r"\1 to pay off \2"),
    (re.compile(r"\bblood sugar\b", re.I), "blood glucose"),
    (re.compile(r"(?<=[Ff]light )([A-Z0-9]{2}) (?=\d{1,4}\b)"), r"\1"),  # "flight BA 117" is "BA117"
    (re.compile(r"\bthe following (?=day|morning|evening|night|week|month|year)\b", re.I), "the next "),
    (re.compile(r"\b(flight|plane)\b([^.;]*?)\bland(s|ed|ing)?\b", re.I), _arrives),  # "lands at 23:05"
    (re.compile(r"\bnot (?:once|ever)\b", re.I), "never"),  # "has not once visited" is "has never visited"
    (re.compile(r"\bno matter how\b", re.I), "however"),  # "no matter how much they tease him"
    (re.compile(r"\b(?:had|drunk|drank) a (?:drop|sip) of\b", re.I), "touched"),  # "hasn't had a drop of"
    (re.compile(r"\b(learn|spell|dream|burn|spoil)t\b", re.I), r"\1ed"),  # "learnt" is "learned"
    (
        re.compile(r"\b(twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth\b", re.I),
        _tens_ordinal,
    ),  # "seventieth"
    (
        re.compile(r"(?<![\d/.])\b(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b"),
        lambda m: f"{_MONTHS[int(m[1]) - 1]} {m[2]}",
    ),  # "07/2022"
    (re.compile(r"\btwo times\b", re.I), "twice"),
    (re.compile(r"\bthe Tube\b"), "the Underground"),  # London's
    (re.compile(r"(?<=\d) ?kcal\b", re.I), " calories"),
    (re.compile(r"\byoghurt", re.I), "yogurt"),
    (
        re.compile(r"\b(?:up (?:to|till|until) now|until now|to date)\b", re.I),
        "so far",
    ),  # "saved 3,000 up to now"
    (re.compile(r"\b(?:(?:seven|7) days a week|every day of the week)\b", re.I), "every day"),
    (re.compile(r"\bmed school\b", re.I), "medical school"),
    (re.compile(r"\bGF\b"), "gluten-free"),
    (re.compile(r"\b(?:100 ?%|one hundred per ?cent) (?=[a-z])", re.I), "strictly "),  # "100% gluten-free"
    (re.compile(r"\bHQ\b"), "headquarters"),
    (re.compile(r"\b(black|yellow|chocolate|golden|fox red) Lab(s?)\b"), r"\1 Labrador\2"),  # "a black Lab"
    (re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])\b(?!-\d)"), lambda m: f"{_MONTHS[int(m[2]) - 1]} {m[1]}"),
    (re.compile(rf"\b(maternal|paternal) ({'|'.join(_SIDE_KIN)})\b", re.I), _parent_side),
    (re.compile(r"\b(mum|mom|mam|dad)(['’]s)\b", re.I), lambda m: f"{_PARENT[m[1].lower()]}{m[2]}"),
    (_FEET_INCHES_SAID, _feet_and_inches),
)


def _percent(m: re.Match[str]) -> str:
    """ "ninety-two percent" as "92%"; other words before "percent" as written."""
    words = m[1].lower()
    whole = _COMPOUND_NUMBER.fullmatch(words)
    if whole and whole["tens"] and whole["unit"]:
        return f"{_compound(whole).strip()}%"
    before, _, last = words.rpartition(" ")
    if _NUMBER_WORDS.get(last, "x").isdigit():  # "by five percent"; not "a half percent"
        return f"{m[1][: len(before)]} {_NUMBER_WORDS[last]}%".lstrip()
    return m[0]


_MONTH_NAMES: dict[str, str] = {m[:3].lower(): m for m in _MONTHS}
_CONTRACTIONS = (
    ("cannot", "can't"),
    ("can not", "can't"),
    (r"I['’]d like", "wants"),
    ("would like", "wants"),
)


def align_weekdays(text: str, other: str) -> str:
    """``text`` with "Monday to Friday" said as "weekdays" when ``other`` says it that way; only
    then, since "Monday to Friday" beside "Monday to Thursday" must stay a changed day."""
    text = _without_day_count(text, other)
    if not _WEEKDAYS_WORD.search(other) or _WEEKDAYS_WORD.search(text):
        return text
    return _MONDAY_TO_FRIDAY.sub("weekdays", text)


def _without_day_count(text: str, other: str) -> str:
    """``text`` without "three days a week" when it names three weekdays and ``other`` names the
    same ones and counts none ("three days a week (Mon, Wed, Thu)" / "on Mondays, Wednesdays and
    Thursdays"): the count says nothing the days do not."""
    counted = _COUNTED_DAYS.search(text)
    if not counted or _COUNTED_DAYS.search(other):
        return text
    days = {_day_key(day) for day in _LISTED_DAY.findall(text)}
    if (
        len(days) != _number_value(counted[1])
        or {_day_key(day) for day in _LISTED_DAY.findall(other)} != days
    ):
        return text
    return text[: counted.start()] + text[counted.end() :]


_COUNTED_DAYS = re.compile(  # "three days a week", "twice a week", "twice weekly", "3x a week"
    r"\b(two|three|four|five|six|[2-6]|twice)(?: (?:days|mornings|afternoons|evenings|nights|times)| ?x)?"
    r" (?:(?:a|per|each) week|weekly)\b",
    re.I,
)


_WEEKDAYS_WORD = re.compile(r"\b(?:weekdays|every weekday)\b", re.I)
_MONDAY_TO_FRIDAY = re.compile(r"\bMondays? ?(?:to|-|–|through|till) ?Fridays?\b")


def align_in_laws(text: str, other: str) -> str:
    """``text`` with a spouse's parent or sibling said as an in-law ("her husband's mother" ->
    "her mother-in-law") when ``other`` says it that way."""
    if not _IN_LAW.search(other):
        return text
    return _SPOUSE_KIN.sub(
        lambda m: f"{m[1]} {m[2]}-in-law" if m[2] != "parents" else f"{m[1]} in-laws", text
    )


_IN_LAW = re.compile(r"\b(?:\w+-in-law|in-laws)\b", re.I)
_SPOUSE_KIN = re.compile(
    r"\b(her|his|my|their|the user['’]s) (?:husband|wife|spouse|partner)['’]s (mother|father|sister|brother|parents)\b",
    re.I,
)
