"""Where uploads live: the local disk, or an S3-compatible bucket.

With ``CMS_MEDIA_BUCKET`` set, original images, their renditions and documents
are stored in that bucket through django-storages' S3 backend (AWS S3, MinIO,
Ceph, Google Cloud Storage's S3 interface...), so every app process sees the
same files. Image URLs in the API and on the site are the bucket's own (or
``CMS_MEDIA_CUSTOM_DOMAIN``'s, a CDN in front of it): plain, unsigned URLs,
since signed ones would expire inside cached API responses; the bucket must
let anyone read its images (``original_images/`` and ``images/``: the README's
bucket policy), as a public site's images are, and nothing else. Documents
(``documents/``) are served by the app (``/documents/<id>/<name>``), which
checks a collection's privacy before streaming the file from the bucket.

Names never overwrite: a second upload of ``report.pdf`` is stored under a new
name, as on the local disk.
"""

S3_BACKEND = "storages.backends.s3.S3Storage"
LOCAL_BACKEND = "django.core.files.storage.FileSystemStorage"


def media_storage(environ):
    """The ``STORAGES["default"]`` entry for this environment."""
    bucket = environ.get("CMS_MEDIA_BUCKET", "").strip()
    if not bucket:
        return {"BACKEND": LOCAL_BACKEND}
    options = {
        "bucket_name": bucket,
        "file_overwrite": False,
        "querystring_auth": False,
        "default_acl": None,
        "region_name": environ.get("CMS_MEDIA_REGION") or None,
        "custom_domain": environ.get("CMS_MEDIA_CUSTOM_DOMAIN") or None,
        # Unset: boto3 finds credentials itself (instance or pod roles).
        "access_key": environ.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": environ.get("AWS_SECRET_ACCESS_KEY") or None,
    }
    endpoint = environ.get("CMS_MEDIA_ENDPOINT_URL", "").strip()
    if endpoint:
        # Servers other than AWS's name buckets in the path, not the host.
        options |= {
            "endpoint_url": endpoint,
            "addressing_style": "path",
            "url_protocol": endpoint.split("//", 1)[0],
        }
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}


def document_serve_method(storage):
    """Documents on a bucket are streamed by the app after its privacy check;
    a redirect would hand out a URL that needs none."""
    return "serve_view" if storage["BACKEND"] == S3_BACKEND else None
