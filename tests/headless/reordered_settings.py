"""The project's settings with the plugins in INSTALLED_APPS in the reverse
order, for ``test_mount``: the API's document must not change."""

from cms.settings import *  # noqa: F403
from cms.settings import INSTALLED_APPS

_plugins = [name for name in INSTALLED_APPS if name.startswith("plugins.")]
_reversed = iter(reversed(_plugins))
INSTALLED_APPS = [
    next(_reversed) if name.startswith("plugins.") else name for name in INSTALLED_APPS
]
