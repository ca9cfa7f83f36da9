from django.conf import settings
from wagtail.models import Locale


def create_content_locales(**kwargs):
    """Make sure a Locale exists for every language in CMS_LANGUAGES."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
