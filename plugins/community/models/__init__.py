"""The community plugin's models: awards, events, feedback and reports back."""

from plugins.community.models.awards import (
    AwardCategory,
    AwardIndexPage,
    AwardPage,
    AwardPageTag,
    RecipientKind,
)
from plugins.community.models.contact import ContactPage
from plugins.community.models.events import (
    EventCategory,
    EventIndexPage,
    EventPage,
    EventPageTag,
)
from plugins.community.models.feedback import (
    PERSONAL_FIELDS,
    FeedbackPage,
    FeedbackSubmission,
    Source,
    Status,
    Topic,
)
from plugins.community.models.you_said_we_did import (
    YouSaidWeDidPage,
    YouSaidWeDidPageTag,
    topic_counts,
)

__all__ = [
    "PERSONAL_FIELDS",
    "AwardCategory",
    "AwardIndexPage",
    "AwardPage",
    "AwardPageTag",
    "ContactPage",
    "EventCategory",
    "EventIndexPage",
    "EventPage",
    "EventPageTag",
    "FeedbackPage",
    "FeedbackSubmission",
    "RecipientKind",
    "Source",
    "Status",
    "Topic",
    "YouSaidWeDidPage",
    "YouSaidWeDidPageTag",
    "topic_counts",
]
