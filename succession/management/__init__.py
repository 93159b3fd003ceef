"""Management commands of the succession app."""
