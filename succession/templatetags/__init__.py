"""Template tags of the succession pages."""
