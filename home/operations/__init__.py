"""What an operator runs on the server: backups of the database and media, and restores."""
