"""Signed, expiring, single-page preview tokens for the agency's front end."""

from django.core import signing

from plugins.headless.conf import setting

SALT = "cms.headless.preview"


class InvalidPreviewToken(Exception):
    pass


def make_preview_token(page):
    return signing.dumps({"page": page.pk}, salt=SALT, compress=True)


def page_id_from_token(token):
    """The page a token was issued for; raises InvalidPreviewToken when forged or
    expired."""
    try:
        payload = signing.loads(
            token, salt=SALT, max_age=setting("CMS_PREVIEW_MAX_AGE")
        )
    except signing.SignatureExpired as error:
        raise InvalidPreviewToken("The preview token has expired.") from error
    except signing.BadSignature as error:
        raise InvalidPreviewToken("The preview token is not valid.") from error
    return payload["page"]


def preview_url(page):
    from urllib.parse import urlencode

    query = urlencode({"token": make_preview_token(page), "id": page.pk})
    return f"{setting('CMS_SITE_URL').rstrip('/')}/preview?{query}"
