"""The models of the commons (imported by home.models, so that Django finds them)."""
