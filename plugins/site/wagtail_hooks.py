from wagtail import hooks

from plugins.site import rendering

hooks.register("page_template", rendering.page_template)
hooks.register("page_context", rendering.page_context)


@hooks.register("register_demo_content")
def demo_agency_details(home, *, today, key, write):
    from plugins.site.demo import load_agency_settings

    load_agency_settings(home, write=write)
