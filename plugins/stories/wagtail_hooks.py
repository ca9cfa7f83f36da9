from wagtail import hooks


# Demo order: after the policies and technologies stories tell of.
@hooks.register("register_demo_content", order=50)
def demo_content():
    from plugins.stories.demo import demo_content

    return demo_content()
