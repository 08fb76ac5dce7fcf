"""The regional server (installed with the ``server`` extra)."""
