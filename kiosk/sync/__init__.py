"""The sync client and the wire protocol shared with the server. No Qt."""
