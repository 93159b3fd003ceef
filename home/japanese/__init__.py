"""Japanese text: normalising what people type (text) and splitting it into words for
search (analysis)."""
