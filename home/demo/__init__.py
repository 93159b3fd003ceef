"""Demo content for `manage.py load_demo`: texts as data, pictures drawn with Pillow, and
the builder steps that turn them into pages, people, images and users.

`home.demo.builders.STEPS` is the ordered list of steps; a later section adds its own
step there (its listings, its stories) instead of growing the command.
"""
