"""The demo site of `manage.py load_demo`: YAML texts, drawn pictures and builder steps.

The texts are YAML files in `data/` (read by home.demo.data), the pictures are drawn with
Pillow, and the builder steps turn them into pages, people, images and users.

`home.demo.builders.STEPS` is the ordered list of steps; a later section adds its own
step there (its listings, its stories) instead of growing the command.
"""
