"""Spreadsheet exports that are safe to open and always written: no cell is
read as a formula, and no character an XLSX file cannot hold stops one."""

import csv
import io
import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0, and so an XLSX file, cannot hold: C0 controls other than tab
# and line breaks, lone surrogates, U+FFFE and U+FFFF.
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT_CHARACTER = "\ufffd"


def neutralize_formula(value):
    """A string a spreadsheet would run as a formula gets a leading '; any other
    value (numbers and dates for XLSX) is returned as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return f"'{value}"
    return value


def spreadsheet_value(value):
    """A cell's value as both exports write it: formula-safe, and with each
    character XLSX cannot hold shown as U+FFFD, so that whatever was stored
    (a resident's escape codes included) the export is written and shows where
    something was."""
    if isinstance(value, str):
        value = UNWRITABLE.sub(REPLACEMENT_CHARACTER, value)
    return neutralize_formula(value)


def safe_cell(value):
    """Text a spreadsheet shows as text, for CSV."""
    return "" if value is None else neutralize_formula(str(value))


def csv_text(header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()
