from wagtail.signals import page_published

from plugins.plainlanguage import reading_levels


def on_page_published(sender, instance, **kwargs):
    reading_levels.store(instance.specific)


def connect():
    page_published.connect(
        on_page_published, dispatch_uid="trust_plainlanguage_page_published"
    )
