from wagtail import hooks

from plugins.site import rendering

hooks.register("page_template", rendering.page_template)
hooks.register("page_context", rendering.page_context)
