from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag(takes_context=True)
def language_attributes(context):
    """``lang`` and ``dir`` for the page's or previewed snippet's locale."""
    obj = context.get("page") or context.get("object")
    locale = getattr(obj, "locale", None)
    code = locale.language_code if locale else get_language()
    direction = "rtl" if locale and locale.is_bidi else "ltr"
    return format_html('lang="{}" dir="{}"', code, direction)
