"""Recruiting: employers, taxonomies, feature articles 「氷見で働く。」, postings and the portal."""
