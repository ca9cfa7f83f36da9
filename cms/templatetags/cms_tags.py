from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from plugins.headless.visibility import for_context

register = template.Library()


@register.simple_tag(takes_context=True)
def language_attributes(context):
    """``lang`` and ``dir`` for the page's or previewed snippet's locale."""
    obj = context.get("page") or context.get("object")
    locale = getattr(obj, "locale", None)
    code = locale.language_code if locale else get_language()
    direction = "rtl" if locale and locale.is_bidi else "ltr"
    return format_html('lang="{}" dir="{}"', code, direction)


@register.simple_tag(takes_context=True)
def visible(context, items):
    """Of ``items`` (pages or snippets), those the public may see on the
    request's site: ``{% visible page.get_children as children %}``. The one
    rule of ``plugins.headless.visibility``, as the API applies it."""
    return for_context(context).among(items)


@register.simple_tag(takes_context=True)
def shown(context, item):
    """``item`` (a page or snippet) if the public may see it, else None."""
    return item if item is not None and for_context(context).allows(item) else None
