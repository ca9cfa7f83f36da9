"""Every static file a template names is one collectstatic collects.

collectstatic leaves out what the staticfiles app's ``ignore_patterns`` name
(``cms.static_files``: USWDS's Material source icons). The development
server still finds those, so a template naming one would work there and
fail in production, where a name without a manifest entry is an error.
"""

import re
from pathlib import Path

from django.apps import apps
from django.contrib.staticfiles.finders import get_finders

ROOT = Path(__file__).resolve().parents[2]
STATIC_TAG = re.compile(r"""{%\s*static\s+['"]([^'"]+)['"]""")


def named_in_templates():
    """{static name: the first template naming it} of the project's templates."""
    named = {}
    for folder in ("cms", "blocks", "plugins"):
        for template in sorted((ROOT / folder).glob("**/templates/**/*.html")):
            for name in STATIC_TAG.findall(template.read_text()):
                named.setdefault(name, template.relative_to(ROOT))
    return named


def collected():
    """The names collectstatic would collect, without copying a file: each
    finder's files under its prefix, as collectstatic names them."""
    ignore = apps.get_app_config("staticfiles").ignore_patterns
    names = set()
    for finder in get_finders():
        for path, storage in finder.list(ignore):
            prefix = getattr(storage, "prefix", None)
            names.add(f"{prefix}/{path}" if prefix else path)
    return names


def test_every_static_file_a_template_names_is_collected():
    named = named_in_templates()
    names = collected()

    assert "uswds/css/uswds.min.css" in named
    missing = {name: str(where) for name, where in named.items() if name not in names}
    assert missing == {}


def test_a_material_icon_is_found_but_not_collected():
    # What a template naming one would meet: found in development, missing
    # from production's manifest.
    icon = "uswds/img/material-icons/close.svg"
    names = collected()

    assert any(finder.find(icon) for finder in get_finders())
    assert icon not in names
    assert "uswds/img/usa-icons/close.svg" in names
