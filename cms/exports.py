"""Spreadsheet exports that are safe to open: no cell is read as a formula."""

import csv
import io

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralize_formula(value):
    """A string a spreadsheet would run as a formula gets a leading '; any other
    value (numbers and dates for XLSX) is returned as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return f"'{value}"
    return value


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
