"""preservation."""
