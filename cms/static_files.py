"""The static files collectstatic ships (django.contrib.staticfiles' app
config, in ``INSTALLED_APPS`` in its place)."""

from django.contrib.staticfiles.apps import StaticFilesConfig


class AgencyStaticFilesConfig(StaticFilesConfig):
    """Django's static files, without USWDS's Material Design source icons
    (``img/material-icons*``): 2,127 SVGs, 8,238 files and 33 MB of the 96 MB
    that collectstatic wrote once hashed and compressed, which no style sheet
    or template uses. The site's icons are USWDS's own ``usa-icons``, made
    from them and collected. The development server still finds the Material
    ones, but a template that names one fails in production (no manifest
    entry): name its ``usa-icons`` twin instead."""

    ignore_patterns = [
        *StaticFilesConfig.ignore_patterns,
        "material-icons",
        "material-icons-deprecated",
    ]
