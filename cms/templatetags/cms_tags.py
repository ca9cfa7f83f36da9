from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag
def language_attributes(obj=None):
    """``lang`` and ``dir`` for a page's or a translatable snippet's locale."""
    locale = getattr(obj, "locale", None)
    code = locale.language_code if locale else get_language()
    direction = "rtl" if locale and locale.is_bidi else "ltr"
    return format_html('lang="{}" dir="{}"', code, direction)
