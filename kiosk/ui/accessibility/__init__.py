"""Accessibility for everyone who walks up: the visit's settings (text size, contrast,
read-aloud, low reach), read-aloud through QtTextToSpeech, and the low-reach layout.

:func:`~kiosk.ui.accessibility.install.install_accessibility` wires them into a main window
(``kiosk.ui.shell.build_main_window`` calls it).
"""
