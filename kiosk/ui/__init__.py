"""Qt Widgets user interface. Talks to store and sync through service objects only."""
