"""Template tags of the shell and the commons."""
