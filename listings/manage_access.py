"""Which postings this browser may manage, kept in the session instead of the address bar.

The mailed link /portal/manage/<token>/ is opened once: its token's hash goes into the
session (stored on the server; the cookie holds only the random session key) and the
browser moves on to /portal/manage/posting/<id>/. Every later request, and so every
access-log line after the first, carries no token. The id alone grants nothing: access
needs the session's hash of a link that still works, so revoking the link ends it here
too. One session can hold several postings (an employer with more than one)."""

from listings.models.tokens import ManagementToken

SESSION_KEY = "listings.manage"
# A session proves at most this many postings; the oldest grant makes way for a new one.
MAX_POSTINGS = 30


def grant(request, token):
    """The posting `token` opens, remembered in the session; None for a wrong token."""
    found = ManagementToken.find(token)
    if found is None:
        return None
    grants = dict(request.session.get(SESSION_KEY, {}))
    grants.pop(str(found.posting_id), None)
    grants[str(found.posting_id)] = found.token_hash
    while len(grants) > MAX_POSTINGS:
        grants.pop(next(iter(grants)))
    # New rights, new session key: a key planted before the link was opened learns nothing.
    request.session.cycle_key()
    request.session[SESSION_KEY] = grants
    return found.posting


def posting_for(request, posting_id):
    """The posting if this session opened a link to it that still works, else None."""
    token_hash = request.session.get(SESSION_KEY, {}).get(str(posting_id))
    if not token_hash:
        return None
    found = (
        ManagementToken.objects.valid()
        .select_related("posting")
        .filter(posting_id=posting_id, token_hash=token_hash)
        .first()
    )
    if found is None:
        forget(request, posting_id)
        return None
    return found.posting


def forget(request, posting_id):
    grants = dict(request.session.get(SESSION_KEY, {}))
    if grants.pop(str(posting_id), None) is not None:
        request.session[SESSION_KEY] = grants
