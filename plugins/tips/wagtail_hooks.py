from wagtail import hooks


# Demo order: after the FAQs the tips embed; guides before the policies.
@hooks.register("register_demo_content", order=30)
def demo_content():
    from plugins.tips.demo import demo_content

    return demo_content()
