"""Article pages (placeholder)."""
