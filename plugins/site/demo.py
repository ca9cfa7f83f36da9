"""The demo agency's details for the site's header and footer.

Registered through ``register_demo_content``: once the demo's home page exists,
the default site's ``AgencySettings`` get the Riverside Police Department's
name, badge and contact details, unless an administrator has filled them in.
"""

from wagtail.images import get_image_model
from wagtail.models import Site

from cms.demo import content
from cms.demo.sections import DemoContent
from plugins.site.models import AgencySettings

BADGE_TITLE = "Riverside Police Department badge"


def agency_details():
    return {
        "agency_name": content.AGENCY_NAME,
        "logo": get_image_model().objects.filter(title=BADGE_TITLE).first(),
        "address": content.ADDRESS,
        "phone": content.MAIN_PHONE,
        "non_emergency_phone": content.PHONE,
        "email": content.RECORDS_EMAIL,
        "hours": content.OFFICE_HOURS,
    }


def load_agency_settings(home, *, write=None, **_unused):
    """Fill the settings of the site whose root is ``home``; leave settings
    that already name an agency alone (so a rerun changes nothing)."""
    write = write or (lambda line: None)
    site = Site.objects.filter(root_page=home).first()
    if site is None:
        write("Agency details: skipped, no site for the home page")
        return None
    settings = AgencySettings.for_site(site)
    if settings.agency_name:
        write("Agency details: already present")
        return settings
    for name, value in agency_details().items():
        setattr(settings, name, value)
    settings.save()
    write("Agency details: 1 created")
    return settings


def demo_content():
    return DemoContent(name="agency details", load_after=load_agency_settings)
