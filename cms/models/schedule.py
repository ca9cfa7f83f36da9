from django.db import models


class ScheduledJob(models.Model):
    """The latest time of a scheduled job already handed to the worker
    (``cms.schedule``): one row per job named in ``CMS_SCHEDULE``."""

    name = models.CharField(max_length=100, unique=True)
    last_due_at = models.DateTimeField()

    def __str__(self):
        return self.name
