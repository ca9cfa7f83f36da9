"""The cache's scopes: every name a cached response or value is read under.

A cached response or value (``plugins.headless.caching``) keeps the tokens of
the scopes it was read under, and misses once any of them is invalidated. Every
reader and every invalidator names its scopes from here, never as a bare
string, so that ``tests/headless/test_cache_scopes.py`` can check that each
scope that is read is also invalidated by name somewhere. The comment beside
each scope says which changes invalidate it.
"""

# Everything cached: a move, unpublish, deletion or privacy change of a page,
# a change of a site, a locale or a page's official language.
GLOBAL = "global"
# Every cached response, but not the values responses are built from:
# ``caching.forget_responses`` (``make bench``'s uncached responses).
RESPONSES = "responses"
# Paths to pages, restricted pages' groups and the next expiry: any publish.
PATHS = "paths"
# The menu and the cached site pages that show it: any publish.
NAVIGATION = "navigation"
# Search results, facts and spelling: any publish, any snippet change, a
# reindex (``update_index``, ``plugins.search.indexing``).
SEARCH = "search"
# Pages that embed snippets (FAQs, technologies): any snippet change.
SNIPPETS = "snippets"
# Each host's site roots: a Site saved or deleted, a site root translated.
SITES = "sites"
# The content languages: a Locale saved or deleted.
LOCALES = "locales"
# Redirects and find-by-path's redirect answers: a Redirect saved or deleted.
REDIRECTS = "redirects"
# "You said, we did" reports' counts: a feedback submission saved or deleted.
FEEDBACK_COUNTS = "feedback-counts"
# Every cached page of the public site: the agency's details saved or deleted.
SITE_AGENCY = "site-agency"


def for_type(type_name):
    """Lists of one content type (``policy``, ``technology``, ``faq``), and
    a snippet type's details: a publish of that type or of a page related to
    it, a change of a snippet of that type."""
    return f"type:{type_name}"


def for_page(page_id):
    """One page's detail: a publish of the page, of one of its translations or
    of a page it cites; a translation sync of its translations."""
    return f"page:{page_id}"


def names_one_page(scope):
    """Whether ``scope`` is one page's (``for_page``): there are as many as
    ids asked for, where every other scope is one of a fixed few."""
    return scope.startswith(for_page(""))
