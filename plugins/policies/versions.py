"""Policy versions: every publish is a numbered, immutable version with a change
note, and the public change log shows what changed section by section."""

import difflib

from django.utils.html import strip_tags


def section_snapshot(page):
    """The policy's numbered sections as plain data, frozen into a version."""
    return [
        {
            "number": str(section["number"]),
            "title": section["title"],
            "text": strip_tags(section["body"].source).strip(),
        }
        for section in page.sections()
    ]


def next_label(previous_label, kind):
    """'1.0' for the first version; a major change bumps the first number, a minor
    change the second."""
    if not previous_label:
        return "1.0"
    major, minor = (int(part) for part in previous_label.split("."))
    return f"{major + 1}.0" if kind == "major" else f"{major}.{minor + 1}"


def section_diff(previous_sections, sections):
    """Sections added, removed and changed (with a unified diff of the text)."""
    before = {section["number"]: section for section in previous_sections or []}
    after = {section["number"]: section for section in sections}
    changed = []
    for number, section in after.items():
        old = before.get(number)
        if old and (old["title"], old["text"]) != (section["title"], section["text"]):
            changed.append(
                {
                    "number": number,
                    "title": section["title"],
                    "previous_title": old["title"],
                    "diff": "\n".join(
                        difflib.unified_diff(
                            old["text"].splitlines() or [""],
                            section["text"].splitlines() or [""],
                            fromfile=f"{number} (before)",
                            tofile=f"{number} (after)",
                            lineterm="",
                        )
                    ),
                    "previous_text": old["text"],
                    "text": section["text"],
                }
            )
    return {
        "added": [after[n] for n in after if n not in before],
        "removed": [before[n] for n in before if n not in after],
        "changed": changed,
    }
