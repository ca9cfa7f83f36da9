"""What the public API may show: live, public pages of this site, nothing else.

One home for the rule, so that lists, details, ``find``, navigation, search and
the preview fallback all answer the same way.
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, Site


def site_root_paths(request):
    """Tree paths of the request's site root and of its translations."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    root = site.root_page
    return list(
        Page.objects.filter(translation_key=root.translation_key).values_list(
            "path", flat=True
        )
    )


def restricted_translation_keys():
    """Translation groups with a page under a view restriction.

    A translation made before its source went private shares the source's
    restriction: residents must not read in one language what is withheld in
    another.
    """
    return Page.objects.not_public().values("translation_key")


def visible(queryset, request, root_paths=None):
    """Filter any page queryset down to what an anonymous visitor may see."""
    if root_paths is None:
        root_paths = site_root_paths(request)
    if not root_paths:
        return queryset.none()
    in_site = Q()
    for path in root_paths:
        in_site |= Q(path__startswith=path)
    now = timezone.now()
    return (
        queryset.live()
        .public()
        .filter(in_site)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        .exclude(translation_key__in=restricted_translation_keys())
        .exclude(alias_of__in=Page.objects.not_public().values("pk"))
    )
