"""The project: settings, URLs, WSGI/ASGI entry points, formats and static files."""
