"""What search looks through: one source for every page type with a listing
(one query over Wagtail's ``Page``), one for each searchable snippet type.

A source builds its queryset for a search, reads what search knows of its
objects (``facts``), and turns its matches into items in their type's
listing shape, or into suggestions. How the search is run is the strategy's
(``plugins.search.strategies``).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.html import strip_tags
from modelsearch.index import class_is_indexed
from wagtail.models import Page

from blocks import load_renditions
from plugins.headless.api import IMAGE_FIELDS
from plugins.headless.endpoints import registry
from plugins.headless.representation import outdated_snippets, page_item
from plugins.headless.rich_text import prefetch_links_of
from plugins.search.categories import category_values
from plugins.search.facts import FactBook, categories, tag_names


def page_endpoints():
    """Page types with a listing: the ones search results can show."""
    return [endpoint for endpoint in registry.pages.values() if endpoint.path]


def snippet_endpoints():
    return [
        endpoint
        for endpoint in registry.snippets.values()
        if class_is_indexed(endpoint.model)
    ]


def searchable_type_names():
    names = [endpoint.type_name for endpoint in page_endpoints()]
    names += [endpoint.type_name for endpoint in snippet_endpoints()]
    return list(dict.fromkeys(names))


def tag_through(model):
    tags = getattr(model, "tags", None)
    return getattr(tags, "through", None)


@dataclass
class Match:
    source: object
    pk: int
    relevance: float
    content_type_id: int | None = None
    # The tag names, when the search knows them already (its facts).
    tags: tuple[str, ...] | None = None
    # An untranslated copy of a page (``Fact.copy``).
    copy: bool = False


class PageSource:
    model = Page
    key = "pages"
    title_field = "title"
    # Pages autocomplete their summary too; suggestions complete titles only.
    autocomplete_fields = ["title"]

    def __init__(self, endpoints):
        self.endpoints = endpoints
        content_types = ContentType.objects.get_for_models(
            *[endpoint.model for endpoint in endpoints]
        )
        self.by_content_type = {
            content_types[endpoint.model].pk: endpoint for endpoint in endpoints
        }
        self.type_names = {endpoint.type_name for endpoint in endpoints}

    def read_facts(self, visibility):
        """{page id: Fact} of every page of these types that ``visibility``
        allows: one query for the pages, one per tag model and one per type
        with categories."""
        pages = visibility(
            Page.objects.filter(content_type_id__in=list(self.by_content_type))
        ).order_by()
        tags = {}
        for through in set(self.tagged_models().values()):
            tags.update(tag_names(through))
        categorized = {}
        for endpoint, field_name in self.categorized_models().values():
            categorized.update(categories(endpoint.model, field_name))
        book = FactBook()
        return {
            pk: book.fact(
                self.by_content_type[content_type_id].type_name,
                locale_id,
                content_type_id,
                categorized.get(pk) or "",
                tags.get(pk, ()),
                expire_at,
                alias_of_id is not None,
            )
            for pk, content_type_id, locale_id, expire_at, alias_of_id in (
                pages.values_list(
                    "pk", "content_type_id", "locale_id", "expire_at", "alias_of_id"
                )
            )
        }

    def untranslated(self, search):
        """A page not translated is found through its synced copy in the
        language asked for, never in its source's place."""
        return frozenset()

    def queryset(self, search):
        queryset = search.strategy.visible_pages(
            sorted(self.by_content_type), search.locale
        ).only("id", "content_type_id", "alias_of_id")
        if not search.strategy.filters_in_index:
            return queryset
        if search.tag:
            tagged = Q()
            for endpoint in self.endpoints:
                through = tag_through(endpoint.model)
                if through is not None:
                    tagged |= Q(
                        pk__in=through.objects.filter(tag__name=search.tag).values(
                            "content_object_id"
                        )
                    )
            queryset = queryset.filter(tagged) if tagged else queryset.none()
        if search.category:
            categorized = Q()
            for endpoint in self.endpoints:
                if search.category in category_values([endpoint]):
                    categorized |= Q(
                        pk__in=endpoint.model.objects.filter(
                            **{endpoint.category_field: search.category}
                        ).values("pk")
                    )
            queryset = queryset.filter(categorized) if categorized else queryset.none()
        return queryset

    def categorized_models(self):
        """{content type id: (endpoint, category field)} of the types with
        categories."""
        return {
            content_type_id: (endpoint, endpoint.category_field)
            for content_type_id, endpoint in self.by_content_type.items()
            if endpoint.category_field
        }

    def tagged_models(self):
        return {
            content_type_id: tag_through(endpoint.model)
            for content_type_id, endpoint in self.by_content_type.items()
            if tag_through(endpoint.model) is not None
        }

    def suggestions(self, ids, rep):
        """{id: suggestion} of the pages ``ids``. An untranslated copy is
        suggested as its source, in the source's language, as search shows
        it (``items``): its title is the source's."""
        columns = ("id", "title", "url_path", "content_type_id", "locale", "alias_of")
        pages = list(rep.visible_pages(Page.objects.filter(pk__in=ids).only(*columns)))
        sources = {
            source.pk: source
            for source in rep.visible_pages(
                Page.objects.filter(
                    pk__in=[page.alias_of_id for page in pages if page.alias_of_id]
                ).only(*columns)
            )
        }
        shown = {
            page.pk: sources.get(page.alias_of_id, page) if page.alias_of_id else page
            for page in pages
        }
        return {
            pk: {
                "id": page.pk,
                "type": self.by_content_type[page.content_type_id].type_name,
                "title": page.title,
                "locale": rep.locale_code(page),
                "path": rep.path(page),
            }
            for pk, page in shown.items()
            if page.alias_of_id is None
        }

    def items(self, matches, rep, terms, _locale=None):
        by_type = {}
        for match in matches:
            by_type.setdefault(match.content_type_id, []).append(match.pk)
        rep.know_tags(
            {match.pk: match.tags for match in matches if match.tags is not None}
        )
        groups = []
        # {untranslated copy's id: its source's id}
        sources = dict(
            Page.objects.filter(
                pk__in=[match.pk for match in matches if match.copy]
            ).values_list("pk", "alias_of_id")
        )
        for content_type_id, ids in by_type.items():
            endpoint = self.by_content_type[content_type_id]
            # Checked again as they load (``allows``), so that a stale search
            # index can never show what the database would withhold.
            pages = rep.visible_pages.only_allowed(
                endpoint.model.objects.filter(
                    pk__in=[sources.get(pk, pk) for pk in ids]
                )
                .order_by()
                .defer(*endpoint.listing_defer)
                .select_related(*IMAGE_FIELDS, *endpoint.select_related)
                .prefetch_related(*endpoint.prefetch_related)
            )
            rep.load_tags(pages)
            groups.append((endpoint, pages))
        # Translations and renditions for every type at once.
        every_page = [page for _endpoint, pages in groups for page in pages]
        rep.load_translations(every_page)
        load_renditions(
            [img for page in every_page for img in (page.share_image, page.hero_image)]
        )
        items = {}
        for endpoint, pages in groups:
            for page in pages:
                item = page_item(page, rep, endpoint.type_name)
                item.update(endpoint.summary_fields(page, rep))
                item["highlight"] = terms.highlight(
                    item["summary"], language_code=item["locale"]
                )
                items[page.pk] = item
        # An untranslated copy is shown as its source, marked as a fallback.
        for copy_id, source_id in sources.items():
            if source_id in items:
                items[copy_id] = {**items[source_id], "fallback": True}
        return items


class SnippetSource:
    def __init__(self, endpoint):
        self.endpoint = endpoint
        self.model = endpoint.model
        self.key = self.endpoint.type_name
        self.type_names = {self.endpoint.type_name}
        # A snippet's one autocomplete field is its title (question, name).
        self.title_field = self.model.get_autocomplete_search_fields()[0].field_name
        self.autocomplete_fields = None

    def read_facts(self, visibility):
        """{id: Fact} of every snippet of this type that ``visibility`` allows,
        with its expiry, which passes without a signal."""
        through = tag_through(self.model)
        tags = tag_names(through) if through is not None else {}
        field_name = self.endpoint.category_field
        categorized = categories(self.model, field_name) if field_name else {}
        book = FactBook()
        return {
            pk: book.fact(
                self.endpoint.type_name,
                locale_id,
                None,
                categorized.get(pk) or "",
                tags.get(pk, ()),
                expire_at,
            )
            for pk, locale_id, expire_at in visibility(self.model.objects.all())
            .order_by()
            .values_list("pk", "locale_id", "expire_at")
        }

    def untranslated(self, search):
        """The ids this search finds in the default language, in place of
        the translations they lack (``SiteSearch.untranslated``)."""
        return search.untranslated(self.model)

    def queryset(self, search):
        queryset = self.model.objects.filter(live=True)
        if search.locale:
            queryset = queryset.filter(search.in_asked_language(self.model))
        if not search.strategy.filters_in_index:
            return queryset
        # The index knows ``live`` but not the expiry: leave out by id the
        # few live snippets past it (the scheduled job has not run yet).
        expired = list(
            queryset.exclude(pk__in=search.strategy.visibility(queryset).values("pk"))
            .order_by()
            .values_list("pk", flat=True)
        )
        if expired:
            queryset = queryset.exclude(pk__in=expired)
        if search.tag:
            if tag_through(self.model) is None:
                return queryset.none()
            queryset = queryset.filter(tags__name=search.tag)
        if search.category:
            if search.category not in category_values([self.endpoint]):
                return queryset.none()
            queryset = queryset.filter(
                **{self.endpoint.category_field: search.category}
            )
        return queryset

    def categorized_models(self):
        field_name = self.endpoint.category_field
        return {None: (self.endpoint, field_name)} if field_name else {}

    def tagged_models(self):
        through = tag_through(self.model)
        return {None: through} if through is not None else {}

    def suggestions(self, ids, rep):
        objects = rep.visible_pages(self.model.objects.filter(pk__in=ids))
        objects = objects.select_related("locale")
        return {
            obj.pk: {
                "id": obj.pk,
                "type": self.endpoint.type_name,
                "title": getattr(obj, self.title_field),
                "locale": obj.locale.language_code,
                "path": None,
            }
            for obj in objects
        }

    def items(self, matches, rep, terms, locale=None):
        objects = list(
            rep.visible_pages(
                self.model.objects.filter(pk__in=[match.pk for match in matches])
            )
            .select_related("locale")
            .prefetch_related(*self.endpoint.prefetch_related)
        )
        prefetch_links_of(objects)
        outdated = outdated_snippets(objects)
        items = {}
        for obj in objects:
            item = self.endpoint.representation(obj, rep.request)
            item["outdated"] = obj.pk in outdated
            # Listings leave ``type`` to the schema's default; a mixed list can't.
            item["type"] = self.endpoint.type_name
            # Not translated into the language asked for: its source's.
            item["fallback"] = locale is not None and obj.locale_id != locale.pk
            text = item.get("answer") or item.get("description") or ""
            item["highlight"] = terms.highlight(
                strip_tags(text), language_code=obj.locale.language_code
            )
            items[obj.pk] = item
        return items


def sources_for(types):
    """The sources of the type names ``types`` (None: every searchable type),
    pages first."""
    pages = [
        endpoint
        for endpoint in page_endpoints()
        if types is None or endpoint.type_name in types
    ]
    sources = [PageSource(pages)] if pages else []
    sources += [
        SnippetSource(endpoint)
        for endpoint in snippet_endpoints()
        if types is None or endpoint.type_name in types
    ]
    return sources
