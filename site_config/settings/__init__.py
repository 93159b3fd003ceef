"""Settings: base, dev, production and test (DJANGO_SETTINGS_MODULE picks one)."""
