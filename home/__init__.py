"""The site's shell and the rooms every section builds on: commons, public_forms, staff,
japanese, demo (README: Layout)."""
