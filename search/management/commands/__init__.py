"""update_index: Wagtail's, then fresh planner statistics (ANALYZE)."""
