"""The site search at /search/ and the database search backend with its PostgreSQL changes."""
