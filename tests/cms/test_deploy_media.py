"""Uploads on S3-compatible object storage (CMS_MEDIA_BUCKET).

Against moto's S3 server started here, or a real bucket when CMS_TEST_S3_URL
(``http(s)://KEY:SECRET@host[:port]/bucket``) is set. An editor uploads through
the admin; the original and its renditions land in the bucket; the API gives
URLs that the S3 server itself answers; documents are stored there but served
by the app, which still refuses a private collection's document.
"""

import fnmatch
import io
import json
import os
import urllib.parse
import urllib.request
import uuid

import boto3
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.media_storage import document_serve_method, media_storage
from cms.models import AgencyImage
from cms.roles import EDITORS
from tests import factories
from tests.cms.test_readme import README


def png_bytes(width=360, height=240):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "navy").save(buffer, "PNG")
    return buffer.getvalue()


def readme_policy(bucket_name):
    """The bucket policy README "Deploying" gives, for ``bucket_name``."""
    text = README.split("The bucket policy, with `<bucket>` replaced:", 1)[1]
    block = text.split("```json\n", 1)[1].split("```", 1)[0]
    return json.loads(block.replace("<bucket>", bucket_name))


def publicly_readable(policy, bucket_name, key):
    """Whether ``policy`` lets anyone ``s3:GetObject`` the object ``key``."""
    arn = f"arn:aws:s3:::{bucket_name}/{key}"

    def resources(statement):
        found = statement["Resource"]
        return [found] if isinstance(found, str) else found

    return any(
        statement["Effect"] == "Allow"
        and statement["Principal"] == "*"
        and statement["Action"] == "s3:GetObject"
        and any(fnmatch.fnmatchcase(arn, pattern) for pattern in resources(statement))
        for statement in policy["Statement"]
    )


@pytest.fixture(scope="module")
def bucket():
    """(environment, boto3 client, bucket name) of the store the test uses."""
    real = os.environ.get("CMS_TEST_S3_URL")
    server = None
    if real:
        parsed = urllib.parse.urlsplit(real)
        endpoint = f"{parsed.scheme}://{parsed.hostname}" + (
            f":{parsed.port}" if parsed.port else ""
        )
        name = parsed.path.strip("/")
        key, secret = parsed.username, parsed.password
    else:
        from moto.server import ThreadedMotoServer

        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        name = f"cms-media-{uuid.uuid4().hex[:8]}"
        key, secret = "testing", "testing"
    environ = {
        "CMS_MEDIA_BUCKET": name,
        "CMS_MEDIA_ENDPOINT_URL": endpoint,
        "CMS_MEDIA_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": key,
        "AWS_SECRET_ACCESS_KEY": secret,
    }
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=key,
        aws_secret_access_key=secret,
    )
    if server:
        client.create_bucket(Bucket=name)
        # The policy the README gives for a real bucket: anyone reads images.
        client.put_bucket_policy(Bucket=name, Policy=json.dumps(readme_policy(name)))
    yield environ, client, name
    if server:
        server.stop()


@pytest.fixture
def on_bucket(settings, bucket):
    environ, client, name = bucket
    storage = media_storage(environ)
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    settings.WAGTAILDOCS_SERVE_METHOD = document_serve_method(storage)
    return environ["CMS_MEDIA_ENDPOINT_URL"], client, name


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    return client


def stored(client, bucket_name, name):
    return client.get_object(Bucket=bucket_name, Key=name)["Body"].read()


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - test store
        return response.status, response.headers["Content-Type"], response.read()


def test_images_and_renditions_are_served_from_the_bucket(
    on_bucket, editor_client, client, section_indexes
):
    endpoint, s3, name = on_bucket
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Community meeting",
            "file": SimpleUploadedFile("meeting.png", png_bytes()),
            "description": "Residents at the community meeting",
            "credit": "Riverside PD",
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content[:500]
    image = AgencyImage.objects.get(title="Community meeting")
    assert stored(s3, name, image.file.name) == png_bytes()
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"], hero_image=image
    )
    policy.save_revision().publish()

    detail = client.get(f"/api/v1/policies/{policy.pk}/")

    assert detail.status_code == 200
    renditions = detail.json()["seo"]["share_image"]["renditions"]
    assert renditions
    for rendition in renditions:
        assert rendition["url"].startswith(f"{endpoint}/{name}/"), rendition["url"]
        status, content_type, body = fetch(rendition["url"])
        assert (status, content_type) == (200, "image/png")
        assert Image.open(io.BytesIO(body)).width == rendition["width"]


def test_documents_are_stored_in_the_bucket_and_served_by_the_app(
    on_bucket, editor_client, client
):
    _endpoint, s3, name = on_bucket
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Use-of-force report",
            "file": SimpleUploadedFile("report.txt", b"2025 use-of-force report"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content[:500]
    document = get_document_model().objects.get(title="Use-of-force report")
    assert stored(s3, name, document.file.name) == b"2025 use-of-force report"

    served = client.get(document.url)

    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"2025 use-of-force report"


def test_a_private_collections_document_is_not_handed_out(on_bucket, editor_client):
    _endpoint, s3, name = on_bucket
    private = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Draft budget",
        collection=private,
        file=SimpleUploadedFile("budget.txt", b"not public yet"),
    )
    assert stored(s3, name, document.file.name) == b"not public yet"

    anonymous = Client().get(document.url)
    signed_in = editor_client.get(document.url)

    assert anonymous.status_code == 302
    assert "login" in anonymous["Location"]
    # Streamed by the app: a redirect would hand out the bucket's URL, which
    # anyone could then open without signing in.
    assert signed_in.status_code == 200
    assert b"".join(signed_in.streaming_content) == b"not public yet"


def test_without_a_bucket_uploads_stay_on_the_local_disk():
    assert media_storage({}) == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }
    assert document_serve_method(media_storage({})) is None


def test_the_readme_bucket_policy_opens_every_image_and_no_document(
    on_bucket, client, section_indexes
):
    """Where the app stores an original, its renditions and a document, read
    against the policy the README asks agencies to set: the images are
    public, a document (which may be in a private collection) is not. Its
    whole-bucket policy let anyone read documents/<uploaded name>."""
    _endpoint, s3, name = on_bucket
    image = factories.ImageFactory(file__width=400, file__height=240)
    rendition = image.get_rendition("width-200")
    document = get_document_model().objects.create(
        title="Budget", file=SimpleUploadedFile("budget.txt", b"draft")
    )
    policy = readme_policy(name)
    keys = [obj["Key"] for obj in s3.list_objects_v2(Bucket=name).get("Contents", [])]
    assert {image.file.name, rendition.file.name, document.file.name} <= set(keys)

    assert publicly_readable(policy, name, image.file.name)
    assert publicly_readable(policy, name, rendition.file.name)
    assert not publicly_readable(policy, name, document.file.name)
