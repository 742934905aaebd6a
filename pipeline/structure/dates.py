"""Dates as printed in Vietnamese documents, to ISO."""

from __future__ import annotations

import datetime as dt

import regex

from vanban.vocabulary import LETTERS_AS_DIGITS

# where a day starts: not inside a number, nor after a lone letter stuck to it ("F9", "T9"
# may be 19; "ngày26" is a day)
DAY_START = r"(?<!\d)(?<!\b\p{L})"
NUMERIC = regex.compile(DAY_START + r"(\d{1,2})\s?/\s?(\d{1,2})\s?/\s?(\d{4})(?!\d)")
WORDED = regex.compile(
    DAY_START + r"(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})(?!\d)", regex.I)
# the same as OCR prints it: "ngày 26tháng 7 năm 2020", "tháng*4", "thánð 6", "nam"; not a
# day or month with a letter or a mark stuck to it, where a digit may be lost in it ("T9"
# for 19, "1?" for 11: no date rather than a wrong one)
WORDED_DAMAGED = regex.compile(
    # (a stroke before a month of two digits is a speck: "tháng\"I12" is December)
    # (a stroke stuck to the day may be a digit of it: "3] tháng" for 31; a day of two 1s
    # or a 1 and a digit read as strokes is read so: "ngày II tháng" is the 11th)
    # (its t read as a mark: "16+háng 6")
    DAY_START + r"(\d{1,2}(?![\[\]|!lI])|[Il|][\dIl|]|\d[Il|])\s*[\W_]{0,2}\s*"
    r"(?:th\w{2,4}|(?<=[^\w\s])h\w{2,3})"
    r"[\W_]{0,2}\s*(?:[Il|](?=1[0-2]\D))?"
    r"([\dIl|]{1,2})(?![^\w\s,.])"
    # (the year's word with its n lost: "tháng 10 ãm 2024")
    r"\s*[\W_]{0,2}\s*(?:n\w{1,3}|\w{2,3})[\W_]{0,2}\s*(\d{4})(?!\d)", regex.I)
# the month's word beyond reading, in the frame a header date always has: "ngày 20 ng 4 năm
# 2021", "ngày 19 Hinh II năm 2018" (a 1 of the month read as I or l)
FRAMED = regex.compile(r"\bngày\s+(\d{1,2})\s+\S{1,5}\s+([\dIl|]{1,2})\s+n\w{1,3}\s+(\d{4})(?!\d)",
                       regex.I)
NUMBER_BEFORE = regex.compile(r"(?<!/)\b\d{1,2}\s+$")
TIME = regex.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def iso_date(day: str | int, month: str | int, year: str | int) -> str | None:
    """The ISO date, or None where the numbers are no date (OCR damage: "31/13/2016")."""
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return date.isoformat() if 1900 <= date.year <= 2100 else None


def find_date(text: str) -> tuple[str | None, regex.Match | None]:
    """The first date written as "05/11/2016" or "ngày 10 tháng 01 năm 2017"."""
    for pattern in (WORDED, NUMERIC, WORDED_DAMAGED, FRAMED):
        m = pattern.search(text)
        if m:
            if NUMBER_BEFORE.search(text, 0, m.start(1)):
                # a number just before the day ("ngày 27 7 tháng 6", the t of "tháng" read
                # as a 7): which is the day is not to be told, so no date
                return None, m
            month = m.group(2).translate(LETTERS_AS_DIGITS)
            return iso_date(m.group(1).translate(LETTERS_AS_DIGITS), month, m.group(3)), m
    return None, None


def iso_datetime(text: str) -> str | None:
    """"10/01/2017 16:17:14" -> "2017-01-10T16:17:14" (local time, as the stamp prints it;
    the Government portal's prints its date with dots: "29.07.2022 16:20:35 +07:00")."""
    text = regex.sub(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", r"\1/\2/\3", text)
    date, m = find_date(text)
    if date is None or m is None:
        return None
    t = TIME.search(text, m.end())
    if not t:
        return date
    h, mi, s = int(t.group(1)), int(t.group(2)), int(t.group(3) or 0)
    if h > 23 or mi > 59 or s > 59:
        return date
    return f"{date}T{h:02d}:{mi:02d}:{s:02d}"
