"""`make loadtest` only: the project's settings with the bare view mounted."""

from cms.settings import *  # noqa: F403

ROOT_URLCONF = "plugins.benchmarks.loadtest.urls"
