"""Template tags of the recruiting pages."""
