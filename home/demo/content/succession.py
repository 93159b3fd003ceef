"""「氷見で継なぐ。」: succession stories and the inquiries the editorial team received.

All businesses, owners and inquirers are fictional; the places are real places in Himi.
Areas are named by the slugs that listings/migrations/0002 seeds, employers and features
by the slugs of home.demo.content.recruiting. Dates count back from the day the demo is
loaded (`days_ago`: first published; `negotiation_days_ago`, `concluded_days_ago`).

An anonymous story (ノンネームシート) keeps `business_name`, `owner_name` and `address`
for the editors only: its title, lead, summary, successor_wanted and body never name them,
and it has no photos, employer or features. Its speakers are 「店主」 or 「女将」.
"""

from .succession_inquiries import INQUIRIES
from .succession_seeking import STORIES as SEEKING
from .succession_settled import STORIES as SETTLED

STORIES = [*SEEKING, *SETTLED]

__all__ = ["INQUIRIES", "STORIES"]
