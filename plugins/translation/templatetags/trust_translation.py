from django import template

from plugins.translation.authority import notice

register = template.Library()


@register.inclusion_tag(
    "trust_translation/includes/official_version_notice.html", takes_context=True
)
def official_version_notice(context):
    """The official-language notice for the page or previewed snippet."""
    obj = context.get("page") or context.get("object")
    return {"notice": notice(obj, context.get("request")) if obj is not None else None}
