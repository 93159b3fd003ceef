"""Guards for the public forms: a signed form token (when the form was first shown, and one
key per submission), a honeypot field, rate limits per address and per e-mail, and at most
one receipt per address per hour per form. Each answers with a message to show the
person, never an error page.

Every public form (home.public_forms.base.PublicForm) takes its token from
`form_token_for()`, so that one rule decides when the fill time starts: at the first
showing, not at the last error message."""

import hashlib
import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from home.caching import cache_unavailable
from home.client_address import client_address as real_client_address

SIGNING_SALT = "home.form-token"
TOKEN_MAX_AGE = 24 * 60 * 60
HONEYPOT_FIELD = "website"

DEFAULT_LIMITS = {
    # name: (how many, in how many seconds)
    "submit-address": (5, 60 * 60),
    "submit-email": (3, 60 * 60),
    "lost-link-address": (5, 60 * 60),
    "lost-link-email": (3, 60 * 60),
    "inquiry-address": (5, 60 * 60),
    "inquiry-email": (3, 60 * 60),
    "supporter-address": (5, 60 * 60),
    "supporter-email": (3, 60 * 60),
    "correction-address": (10, 60 * 60),
    "correction-email": (5, 60 * 60),
}


def min_fill_seconds():
    return getattr(settings, "FORM_MIN_FILL_SECONDS", 5)


def new_form_token(shown_at=None):
    """A signed value that records when the form was shown and names this submission."""
    shown_at = time.time() if shown_at is None else shown_at
    return signing.dumps({"t": shown_at, "k": secrets.token_hex(16)}, salt=SIGNING_SALT)


def form_token_for(posted):
    """The token to put in a form that is about to be shown, given the token posted with
    it (None on a first showing).

    A first showing (GET) gets a fresh one. A form shown again after a POST (a field
    error, control characters removed, the confirm step, a guard's message) carries the
    posted token forward unchanged: the minimum fill time counts from the first showing,
    so a person who fixes a typo and sends at once is not taken for a bot, and the
    submission key stays the same, so a resend is still one submission. An unreadable
    token is replaced. An expired one gets a new key and a new day, but keeps the time it
    was first shown: that form was provably on screen long enough.
    """
    if posted is None:
        return new_form_token()
    value = posted or ""
    try:
        signing.loads(value, salt=SIGNING_SALT, max_age=TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        return new_form_token(shown_at=signing.loads(value, salt=SIGNING_SALT)["t"])
    except signing.BadSignature:
        return new_form_token()
    return value


def read_form_token(value):
    """(submission key, problem message or None) for a posted token."""
    try:
        data = signing.loads(value or "", salt=SIGNING_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None, _(
            "This form has expired or could not be read. Check the details and send again."
        )
    if time.time() - data["t"] < min_fill_seconds():
        return data["k"], _("That was very quick. Please check the details and send again.")
    return data["k"], None


def honeypot_filled(data):
    return bool((data.get(HONEYPOT_FIELD) or "").strip())


def client_address(request):
    """Counted per visitor, not per proxy (home.client_address)."""
    return real_client_address(request)


def _digest(value):
    # Keyed, so the cache never holds an address or one that a list of guesses can find.
    return hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]


def _key(name, value):
    return f"forms:rate:{name}:{_digest(value)}"


def limit_reached(name, value):
    """Count one attempt for `value` (an address or an e-mail); True once over the limit."""
    if not value:
        return False
    limits = {**DEFAULT_LIMITS, **getattr(settings, "FORM_RATE_LIMITS", {})}
    count, seconds = limits[name]
    key = _key(name, value.lower())
    try:
        if cache.add(key, 1, seconds):
            return count < 1
        try:
            return cache.incr(key) > count
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, seconds)
            return False
    except Exception:  # noqa: BLE001
        # Open, not closed: moderation still stands between a submission and the public,
        # and refusing everyone while the cache is down would lose what people typed.
        cache_unavailable("rate limit")
        return False


RECEIPT_SECONDS = 60 * 60


def receipt_allowed(form, address):
    """True for the first receipt of `form` to `address` in the hour, False after that.

    The receipts go to addresses nobody has verified: without this, the form is a way to
    make the site mail anyone again and again. The record is stored and staff told either
    way; the person is not told which it was, so the answer reveals nothing either."""
    if not address:
        return False
    try:
        return cache.add(f"receipt:{form}:{_digest(address.strip().lower())}", 1, RECEIPT_SECONDS)
    except Exception:  # noqa: BLE001  (open, as limit_reached: the record is kept either way)
        cache_unavailable("receipt limit")
        return True


RATE_LIMIT_MESSAGE = _(
    "Too many submissions from here in a short time. Nothing was lost: please wait an hour "
    "and send again, or contact the editorial team."
)
