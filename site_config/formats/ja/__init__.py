"""Japanese formats (formats.py)."""
