from django.urls import path

from plugins.community.feeds import events_ics

urlpatterns = [
    path("<str:locale>/events.ics", events_ics, name="community_events_ics"),
]
