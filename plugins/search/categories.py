"""Categories of what search finds: each content type names the field that sorts
it (``category_field`` on its API endpoint: a policy's ``category``, a story's
``incident_category``, a technology's ``kind``). The search API counts matches
per (type, category) and filters by a category value.
"""

from plugins.headless.endpoints import registry


def endpoint_for(model):
    return registry.for_page_model(model) or registry.snippets.get(model)


def category_key(obj):
    """``"<type>:<category>"`` for an object whose type has categories, the
    form Elasticsearch documents carry for the category facet; else None."""
    endpoint = endpoint_for(type(obj))
    if endpoint is None or not endpoint.category_field:
        return None
    value = getattr(obj, endpoint.category_field, "")
    return f"{endpoint.type_name}:{value}" if value else None


def split_key(key):
    """(type, category) of a ``category_key``."""
    type_name, _sep, value = str(key).partition(":")
    return type_name, value


def category_values(endpoints):
    """Every category value the types of ``endpoints`` can have, sorted."""
    values = set()
    for endpoint in endpoints:
        if endpoint.category_field:
            model_field = endpoint.model._meta.get_field(endpoint.category_field)
            values.update(str(value) for value, _label in model_field.choices or [])
    return sorted(values)
