from wagtail import hooks

from plugins.site import rendering

hooks.register("page_template", rendering.page_template)
hooks.register("page_context", rendering.page_context)


# Demo order: last, once the badge and the home page exist.
@hooks.register("register_demo_content", order=80)
def demo_content():
    from plugins.site.demo import demo_content

    return demo_content()
