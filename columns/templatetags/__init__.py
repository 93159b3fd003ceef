"""Template tags of the columns section."""
