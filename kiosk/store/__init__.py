"""The terminal's local database: models, sessions, migrations and the use cases that write."""
