"""Wagtail admin strings: Login, dashboard, explorer and bulk actions.

See home/admin_strings/__init__.py for why they are here.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

STRINGS = (
    # Login
    gettext_noop("You do not have permission to access the admin."),
    gettext_noop("Remember me"),
    # Dashboard and sidebar
    ngettext_lazy(
        '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
        1,
    ),
    gettext_noop("Search all pages…"),
    gettext_noop("What's new in Wagtail %(version)s"),
    gettext_noop("Editor Guide"),
    gettext_noop("Shortcuts"),
    gettext_noop("Help"),
    # Keyboard shortcuts dialog
    gettext_noop("account"),
    gettext_noop("Keyboard shortcuts"),
    gettext_noop(
        "Keyboard shortcuts are currently disabled; manage your %(account_link)s to enable them."
    ),
    gettext_noop("All keyboard shortcuts"),
    gettext_noop("Section"),
    gettext_noop("Keyboard shortcut"),
    gettext_noop(
        "Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."
    ),
    gettext_noop("Application"),
    gettext_noop("Show keyboard shortcuts"),
    gettext_noop("Toggle sidebar"),
    gettext_noop("Toggle minimap"),
    gettext_noop("Close modal dialogs (like this one)"),
    gettext_noop("Save changes"),
    gettext_noop("Add or show comments"),
    gettext_noop("Text editing"),
    gettext_noop("Cut"),
    gettext_noop("Paste"),
    gettext_noop("Paste and match style"),
    gettext_noop("Paste without formatting"),
    gettext_noop("Text formatting"),
    gettext_noop("Insert or edit a link"),
    gettext_noop("Monospace (code)"),
    gettext_noop("Strike-through"),
    # Page explorer
    gettext_noop(
        "The root level is where you can add new sites to your Wagtail installation. Pages "
        "created here will not be accessible at any URL until they are associated with a site."
    ),
    gettext_noop(
        "If you just want to add pages to an existing site, create them as children of the "
        "homepage instead."
    ),
    gettext_noop(
        "Pages created here will not be accessible at any URL. To add pages to an existing site, "
        "create them as children of the homepage."
    ),
    gettext_noop("Select all pages in listing"),
    gettext_noop("This page is locked, by you, to further editing"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s across entire site."
    ),
    gettext_noop("No results across entire site."),
    gettext_noop("Search in '<span class=\"w-title-ellipsis\">%(title)s</span>'"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in '<span "
        'class="w-title-ellipsis">%(title)s</span>\'.'
    ),
    gettext_noop("No results in '<span class=\"w-title-ellipsis\">%(title)s</span>'."),
    gettext_noop("Search the whole site"),
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    ngettext_lazy(
        "There is one matching page",
        "There are %(counter)s matching pages",
        1,
    ),
    gettext_noop("Sorry, no pages match <em>%(query_string)s</em>"),
    gettext_noop("Item %(index)s of %(total)s"),
    gettext_noop("'%(page_title)s' has been moved successfully."),
    gettext_noop("Date updated"),
    gettext_noop("Edited by"),
    gettext_noop("Has child pages"),
    gettext_noop("Any"),
    gettext_noop("Page type"),
    gettext_noop("Exploring"),
    # Bulk actions
    gettext_noop("1 page selected"),
    gettext_noop("%(objects)s pages selected"),
    gettext_noop("All %(objects)s pages on this screen selected"),
    gettext_noop("All pages in listing selected"),
    gettext_noop("1 image selected"),
    gettext_noop("%(objects)s images selected"),
    gettext_noop("All %(objects)s images on this screen selected"),
    gettext_noop("All images in listing selected"),
    gettext_noop("1 snippet selected"),
    gettext_noop("%(objects)s snippets selected"),
    gettext_noop("All %(objects)s snippets on this screen selected"),
    gettext_noop("All snippets in listing selected"),
    gettext_noop("1 item selected"),
    gettext_noop("%(objects)s items selected"),
    gettext_noop("All %(objects)s items on this screen selected"),
    gettext_noop("All items in listing selected"),
    gettext_noop("Go back"),
    gettext_noop("Bulk actions"),
    gettext_noop("Select"),
    gettext_noop("Select row"),
    gettext_noop("Select all"),
    ngettext_lazy(
        "Delete 1 page",
        "Delete %(counter)s pages",
        1,
    ),
    gettext_noop("Are you sure you want to delete these pages?"),
    ngettext_lazy(
        "This will also delete one more subpage.",
        "This will also delete %(counter)s more subpages.",
        1,
    ),
    ngettext_lazy(
        "You don't have permission to delete this page",
        "You don't have permission to delete these pages",
        1,
    ),
    ngettext_lazy(
        "Publish 1 page",
        "Publish %(counter)s pages",
        1,
    ),
    gettext_noop("Are you sure you want to publish these pages?"),
    ngettext_lazy(
        "This page has one unpublished subpage",
        "This page has %(counter)s unpublished subpages",
        1,
    ),
    ngettext_lazy(
        "You don't have permission to publish this page",
        "You don't have permission to publish these pages",
        1,
    ),
    gettext_noop("Yes, publish"),
    gettext_noop("No, don't publish"),
    ngettext_lazy(
        "Unpublish 1 page",
        "Unpublish %(counter)s pages",
        1,
    ),
    gettext_noop("Are you sure you want to unpublish these pages?"),
    ngettext_lazy(
        "This page has one subpage",
        "This page has %(counter)s subpages",
        1,
    ),
    ngettext_lazy(
        "You don't have permission to unpublish this page",
        "You don't have permission to unpublish these pages",
        1,
    ),
    gettext_noop("Yes, unpublish"),
    gettext_noop("%(parent_pages)s and %(child_pages)s have been deleted"),
    ngettext_lazy(
        "%(num_parent_objects)d page has been deleted",
        "%(num_parent_objects)d pages have been deleted",
        1,
    ),
    ngettext_lazy(
        "%(num_parent_objects)d page",
        "%(num_parent_objects)d pages",
        1,
    ),
    ngettext_lazy(
        "%(num_child_objects)d child page",
        "%(num_child_objects)d child pages",
        1,
    ),
    gettext_noop("%(parent_pages)s and %(child_pages)s have been published"),
    ngettext_lazy(
        "%(num_parent_objects)d page has been published",
        "%(num_parent_objects)d pages have been published",
        1,
    ),
    gettext_noop("Unpublish selected pages"),
    gettext_noop("%(parent_pages)s and %(child_pages)s have been unpublished"),
    ngettext_lazy(
        "%(num_parent_objects)d page has been unpublished",
        "%(num_parent_objects)d pages have been unpublished",
        1,
    ),
)
