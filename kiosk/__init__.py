"""Dorfkiosk: a touch terminal for village hubs that works offline first."""

__version__ = "0.1.0"
