"""The columns section 「『働く』を考える。」: its index, column pages and feed."""
