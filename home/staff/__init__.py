"""The Wagtail admin as our staff see it: the page editor without autosave on create, the
image form, the sign-in form and its throttle, password reset, login locks and the workflow
notices."""
