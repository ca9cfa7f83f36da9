"""The agency's periodic jobs, run by the task worker at the times in settings.

``CMS_SCHEDULE`` maps each job's name to a cron expression (five fields,
in ``TIME_ZONE``) and the ``manage.py`` command line it runs.
``manage.py run_schedule`` (``make schedule``) wakes every few seconds and
hands each job whose time has come to the worker, as ``run_job`` on the
``schedule`` queue of the ``background`` task backend (``make worker``).

Each time is handed over once: the job's latest handed-over time is claimed in
the database (``ScheduledJob.last_due_at``, compare-and-set, in the same
transaction as the task row), so a second scheduler or a restart never runs a
job twice for one time, and times missed while no scheduler ran are made up by
one run. A scheduler's first tick only records the current time. A job that
fails is recorded as a failed task result with its error, and runs again at
its next time.
"""

import io
from dataclasses import dataclass
from datetime import datetime, timedelta

from croniter import croniter
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command, get_commands
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from cms.models import ScheduledJob

# What a job's task result keeps of its command's output.
OUTPUT_KEPT = 4000


@dataclass(frozen=True)
class Job:
    name: str
    cron: str
    command: tuple

    def last_time(self, now) -> datetime:
        """The latest time of this job at or before ``now``."""
        # croniter looks strictly before its start: start at the next minute.
        start = timezone.localtime(now).replace(second=0, microsecond=0)
        return croniter(self.cron, start + timedelta(minutes=1)).get_prev(datetime)


def jobs():
    """The jobs of ``CMS_SCHEDULE``, checked: a bad entry is named in one line."""
    known = get_commands()
    found = {}
    for name, entry in getattr(settings, "CMS_SCHEDULE", {}).items():
        cron = entry.get("cron", "")
        command = tuple(entry.get("command", ()))
        if not croniter.is_valid(cron) or len(cron.split()) != 5:
            raise ImproperlyConfigured(
                f"CMS_SCHEDULE[{name!r}]: {cron!r} is not a five-field cron "
                "expression (minute hour day month weekday)."
            )
        if not command or command[0] not in known:
            raise ImproperlyConfigured(
                f"CMS_SCHEDULE[{name!r}]: {command[:1]!r} names no manage.py command."
            )
        found[name] = Job(name, cron, command)
    return found


def tick(now=None):
    """Hand every job whose time has come to the worker; the names handed."""
    now = now or timezone.now()
    handed = []
    for job in jobs().values():
        due = job.last_time(now)
        state, created = ScheduledJob.objects.get_or_create(
            name=job.name, defaults={"last_due_at": due}
        )
        if created or state.last_due_at >= due:
            continue
        with transaction.atomic():
            claimed = ScheduledJob.objects.filter(
                pk=state.pk, last_due_at=state.last_due_at
            ).update(last_due_at=due)
            if claimed:
                run_job.enqueue(job.name)
                handed.append(job.name)
    return handed


@task(backend="background", queue_name="schedule")
def run_job(name):
    """Run one scheduled job's command; its output is the task's result."""
    job = jobs()[name]
    output = io.StringIO()
    call_command(*job.command, stdout=output, stderr=output)
    return output.getvalue()[-OUTPUT_KEPT:]
