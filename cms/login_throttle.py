"""What someone sees when the admin sign-in throttle (django-axes) refuses them.

Settings decide who is throttled (``AXES_*`` in cms/settings.py: per account
and per client address). Once either is over ``AXES_FAILURE_LIMIT``, every
sign-in is refused, the right password included, with 429 and a page in the
admin's own look saying why and for how long, instead of the login form's
"wrong password" that would invite more guesses.
"""

import math

from django.conf import settings
from django.shortcuts import render


def locked_out(request, original_response=None, credentials=None):
    """``AXES_LOCKOUT_CALLABLE``: the page that explains a refused sign-in."""
    cool_off = settings.AXES_COOLOFF_TIME
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": math.ceil(cool_off.total_seconds() / 60) if cool_off else None,
    }
    return render(
        request,
        "cms/login_locked_out.html",
        context,
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
