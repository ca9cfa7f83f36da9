from cms.models.home import HomePage
from cms.models.images import AgencyImage, AgencyRendition
from cms.models.mixins import IndexPage, TrustPage
from cms.models.schedule import ScheduledJob

__all__ = [
    "AgencyImage",
    "AgencyRendition",
    "HomePage",
    "IndexPage",
    "ScheduledJob",
    "TrustPage",
]
