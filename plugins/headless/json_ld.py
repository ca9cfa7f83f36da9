"""schema.org JSON-LD builders shared by the content types."""

from django.utils.html import strip_tags

CONTEXT = "https://schema.org"


def absolute(path):
    from plugins.headless.conf import setting

    return f"{setting('CMS_SITE_URL').rstrip('/')}{path}"


def base(schema_type, page, item, **extra):
    data = {
        "@context": CONTEXT,
        "@type": schema_type,
        "name": page.title,
        "description": item["summary"],
        "url": absolute(item["path"]),
        "inLanguage": item["locale"],
    }
    if item.get("first_published_at"):
        data["datePublished"] = item["first_published_at"].isoformat()
    if item.get("last_published_at"):
        data["dateModified"] = item["last_published_at"].isoformat()
    image = item["seo"].get("share_image")
    if image and image["renditions"]:
        data["image"] = {
            "@type": "ImageObject",
            "url": image["renditions"][-1]["url"],
            "caption": image["alt"],
            "creditText": image["credit"],
        }
    data.update({key: value for key, value in extra.items() if value not in (None, "")})
    return data


def how_to_steps(steps):
    return [
        {
            "@type": "HowToStep",
            "position": position,
            "name": step.value["title"],
            "text": strip_tags(step.value["body"].source).strip(),
        }
        for position, step in enumerate(steps, start=1)
    ]


def faq_entities(questions):
    """schema.org Questions of (question, answer HTML) pairs; the answers as
    plain text."""
    return [
        {
            "@type": "Question",
            "name": question,
            "acceptedAnswer": {"@type": "Answer", "text": strip_tags(answer).strip()},
        }
        for question, answer in questions
    ]
