"""The page a locked-out staff member sees instead of the admin login (django-axes).

axes counts failed logins (settings AXES_*) and, once the limit is reached, its middleware
calls `lockout_response` in place of the login page. The page looks like Wagtail's own login
and says, in the site's language, how long to wait and whom to ask.
"""

from axes.helpers import get_cool_off

from django.shortcuts import render

LOCKED_OUT_TEMPLATE = "wagtailadmin/login_locked_out.html"


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    # Whole minutes, rounded up: "try again in 0 minutes" would be a lie.
    minutes = -(-int(cool_off.total_seconds()) // 60) if cool_off else None
    # 429 Too Many Requests, as axes sends by default: the request was fine, its number not.
    return render(request, LOCKED_OUT_TEMPLATE, {"minutes": minutes}, status=429)
