"""Private links for employers: each mail carries a fresh random token, stored only as a
hash, that opens the self-service page of one posting.

Only the newest delivered link of a posting works: a new mail revokes the older ones, and
so do closing the posting, a staff take-down and staff's own "revoke" in the admin."""

import datetime
import hashlib
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_BYTES = 32  # 256 bits of randomness, URL-safe base64 in the link
TOKEN_LIFETIME = datetime.timedelta(days=365)  # a link from an old mail stops working


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class ManagementTokenQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(revoked_at__isnull=True, created_at__gt=timezone.now() - TOKEN_LIFETIME)


class ManagementToken(models.Model):
    posting = models.ForeignKey(
        "listings.JobPosting",
        verbose_name=_("job posting"),
        on_delete=models.CASCADE,
        related_name="management_tokens",
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ManagementTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("management link")
        verbose_name_plural = _("management links")

    def __str__(self):
        return f"{self.posting_id}:{self.token_hash[:8]}"

    @classmethod
    def issue(cls, posting):
        """A new token for `posting`; the raw value is returned once and never stored."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        cls.objects.create(posting=posting, token_hash=hash_token(token))
        return token

    @classmethod
    def find(cls, token):
        """The valid token row for a raw token, or None (wrong, old or revoked tokens)."""
        if not token or len(token) > 100:
            return None
        match = cls.objects.valid().select_related("posting").filter(token_hash=hash_token(token))
        return match.first()

    @classmethod
    def find_posting(cls, token):
        """The posting a raw token opens, or None."""
        found = cls.find(token)
        return found.posting if found else None

    @classmethod
    def revoke(cls, posting, keep=None):
        """Revoke every working link of `posting` but the raw token `keep`; how many."""
        links = cls.objects.filter(posting=posting, revoked_at__isnull=True)
        if keep:
            links = links.exclude(token_hash=hash_token(keep))
        return links.update(revoked_at=timezone.now())
