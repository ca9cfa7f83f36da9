"""API registrations for the project's own page types (home page)."""

from cms.models import HomePage
from plugins.headless.endpoints import registry, section_endpoint


def register():
    from plugins.headless import paths, redirects

    registry.register_page(section_endpoint(HomePage, type_name="home"))
    registry.register_router("paths", paths.router)
    registry.register_router("redirects", redirects.router)
