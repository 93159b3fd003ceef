"""The commons: the partner organisations and staff who run the site, its supporters, the
correction requests readers send, and the transparency page with its charts."""
