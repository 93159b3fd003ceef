"""Business succession 「氷見で継なぐ。」: stories, and the inquiries the editorial team
passes on."""
