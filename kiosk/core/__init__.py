"""Pure domain rules: no Qt, no SQLAlchemy, no HTTP (held by import-linter)."""
