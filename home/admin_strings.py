"""Wagtail admin strings that Wagtail's own Japanese catalogue leaves in English.

Wagtail 8's ``ja`` catalogues only hold the strings its translators have done, so the
login page ("Remember me"), the status side panel ("Set schedule"), the workflow
e-mails and much of the page editor stay in English for our writers, photographers,
editors and moderators. Our ``locale/`` comes first in ``LOCALE_PATHS``, so a msgid
translated in ``locale/ja/LC_MESSAGES/django.po`` fills the gap at run time.

Nothing imports this module. It exists so that ``manage.py makemessages`` extracts these
msgids into our catalogue; each one is byte-for-byte Wagtail's msgid (and plural form),
picked from the screens our roles use. ``gettext_noop`` and the lazy ``ngettext_lazy``
evaluate nothing at import. When Wagtail is upgraded, compare this list with its ``ja``
catalogues: drop what Wagtail now translates, and add new gaps.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

WAGTAIL_ADMIN_STRINGS = (
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
    # Page editor
    gettext_noop("Expiry date/time must be in the future."),
    gettext_noop("Keep the new pages updated with future changes"),
    gettext_noop('You do not have permission to publish pages at "%(page_title)s"'),
    gettext_noop("The slug '%(page_slug)s' is already in use within the parent page."),
    gettext_noop("Select a new parent for this page."),
    gettext_noop("The new page will be a child of this given parent page."),
    gettext_noop("Go to the first error"),
    gettext_noop("Actions (footer)"),
    gettext_noop(
        'There are no %(model_name)s to display. Why not <a href="%(add_url)s">add one</a>?'
    ),
    gettext_noop("There are no differences between these two versions"),
    gettext_noop("Changing the privacy for this page has been disabled."),
    gettext_noop("Sorry, you cannot create a page at this location."),
    ngettext_lazy(
        "Deleting this page will also delete %(descendant_count)s child page.",
        "Deleting this page will also delete %(descendant_count)s more child pages.",
        1,
    ),
    ngettext_lazy(
        "This page has one subpage. Unpublish this too",
        "This page has %(live_descendant_count)s subpages. Unpublish these too",
        1,
    ),
    gettext_noop("Edit account avatar"),
    gettext_noop("Toggle breadcrumbs"),
    gettext_noop("Close dialog"),
    gettext_noop("Visible to all. Visit the live page"),
    gettext_noop("Private. Visit the live page"),
    gettext_noop("Toggle section"),
    gettext_noop("Minimap"),
    gettext_noop("Side panels"),
    gettext_noop("Toggle side panel"),
    gettext_noop("Side panel width"),
    gettext_noop("First published"),
    ngettext_lazy(
        "This %(model_name)s is referenced %(usage_count)s time.",
        "This %(model_name)s is referenced %(usage_count)s times.",
        1,
    ),
    gettext_noop("One or more references to this %(model_name)s prevent it from being deleted."),
    gettext_noop(
        "JavaScript is required to use Wagtail, but it is currently disabled.<br /> Here are the "
        '<a href="https://www.enable-javascript.com/" target="_blank" '
        'rel="noreferrer">instructions how to enable JavaScript in your web browser</a>.'
    ),
    gettext_noop("More bulk actions"),
    gettext_noop("0 minutes"),
    gettext_noop("just now"),
    gettext_noop("at %(time)s by %(user_display_name)s"),
    gettext_noop("at %(time)s"),
    gettext_noop("%(time)s by %(user_display_name)s"),
    gettext_noop("%(time_period)s ago by %(user_display_name)s"),
    gettext_noop("Changes requested %(finished_at)s"),
    gettext_noop("Sent to %(task_name)s %(started_at)s"),
    gettext_noop("%(status_display)s %(task_name)s %(started_at)s"),
    gettext_noop("Toggle status"),
    ngettext_lazy(
        "Referenced %(count)s time",
        "Referenced %(count)s times",
        1,
    ),
    gettext_noop("Toggle comments"),
    gettext_noop("Toggle checks"),
    gettext_noop("Toggle preview"),
    gettext_noop("No %(model_name)s match your query."),
    gettext_noop("There are no %(model_name)s to display."),
    gettext_noop("Review this version"),
    gettext_noop("Compare with current version"),
    gettext_noop("Workflow progress"),
    gettext_noop("Edit / Review"),
    gettext_noop("Saving will overwrite a newer version."),
    gettext_noop("More options for '%(title)s'"),
    gettext_noop("There are validation errors, click save to highlight them."),
    gettext_noop("Compare"),
    gettext_noop('Version %(revision_id)s of "%(object)s" unscheduled.'),
    gettext_noop("Privacy is inherited from the ancestor page - %(ancestor_page)s"),
    gettext_noop("Choose parent"),
    gettext_noop("Create a new %(model_name)s"),
    gettext_noop("The page could not be created due to validation errors."),
    gettext_noop(
        "Page '%(page_title)s' has been replaced with version from %(previous_revision_datetime)s."
    ),
    gettext_noop("Workflow on page '%(page_title)s' has been cancelled."),
    gettext_noop(
        "Version from %(previous_revision_datetime)s of page '%(page_title)s' has been scheduled "
        "for publishing."
    ),
    gettext_noop(
        "Page '%(page_title)s' is live and this version has been scheduled for publishing."
    ),
    gettext_noop("Version from %(datetime)s of page '%(page_title)s' has been published."),
    gettext_noop("Workflow on page '%(page_title)s' has been restarted."),
    gettext_noop("The page could not be saved as it is locked."),
    gettext_noop("The page could not be saved due to validation errors."),
    gettext_noop("Is commenting action"),
    gettext_noop(
        "The slug '%(page_slug)s' is already in use at the selected parent page. Make sure the "
        "slug is unique and try again."
    ),
    gettext_noop(
        "You are viewing a previous version of this page from <b>%(created_at)s</b> by %(user)s"
    ),
    gettext_noop("Sort menu order"),
    gettext_noop("Heading 1"),
    gettext_noop("Heading 2"),
    gettext_noop("Heading 3"),
    gettext_noop("Heading 4"),
    gettext_noop("Heading 5"),
    gettext_noop("Heading 6"),
    gettext_noop(
        'Multi-word tags with spaces will automatically be enclosed in double quotes (").'
    ),
    gettext_noop("Tags can only consist of a single word, no spaces allowed."),
    gettext_noop("- Select an option -"),
    gettext_noop(
        "The slug '%(page_slug)s' is already in use within the parent page at "
        "'%(parent_url_path)s'."
    ),
    gettext_noop(
        "The name of the page displayed on search engine results as the clickable headline."
    ),
    gettext_noop("Draft saved"),
    gettext_noop("Private, accessible with a shared password"),
    gettext_noop("Private, accessible to any logged-in users"),
    gettext_noop("shared password"),
    gettext_noop(
        "Shared passwords should not be used to protect sensitive content. Anyone who has this "
        "password will be able to view the content."
    ),
    # Status side panel, schedule and action menu
    gettext_noop("Change privacy"),
    gettext_noop("Scheduling…"),
    gettext_noop("Schedule to publish"),
    gettext_noop("Choose when this page should go live and/or expire"),
    gettext_noop(
        'This publishing schedule will only take effect after you select the "Schedule to '
        'publish" option'
    ),
    gettext_noop("Anyone with editing permissions can create schedules"),
    gettext_noop("But only those with publishing permissions can make them effective."),
    gettext_noop("Set publishing schedule"),
    gettext_noop("Save schedule"),
    gettext_noop("Visible to all"),
    gettext_noop("Locking: "),
    gettext_noop("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    gettext_noop("Anyone can edit this %(model_name)s"),
    gettext_noop("Page visibility: "),
    gettext_noop("Once live anyone can view"),
    gettext_noop("Not visible to the public"),
    gettext_noop("Choose who can view the live version of this page"),
    # Editing sessions and autosave
    gettext_noop("Saved"),
    gettext_noop("Autosave is paused"),
    gettext_noop("You saved a new version in another window"),
    gettext_noop("%(user_name)s saved a new version"),
    gettext_noop("View latest version"),
    gettext_noop("You have unsaved changes in another window"),
    gettext_noop("%(user_name)s has unsaved changes"),
    gettext_noop("Currently idle"),
    gettext_noop("Currently viewing"),
    ngettext_lazy(
        "One other user is currently viewing",
        "%(num_user)s other users are currently viewing",
        1,
    ),
    gettext_noop("Proceeding will overwrite the changes you made in that window."),
    gettext_noop("Proceeding will overwrite the changes made by %(user_name)s."),
    gettext_noop("Alternatively, you can view the latest version in a new tab."),
    gettext_noop("A network error occurred"),
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. Open the editor in a "
        "separate tab to view the last saved version."
    ),
    gettext_noop("Autosave is <span>paused</span>"),
    gettext_noop("Save your changes before leaving"),
    gettext_noop("You have <span>unsaved edits</span>"),
    # Content checks
    gettext_noop("Show issue"),
    gettext_noop("Content metrics"),
    gettext_noop("Words"),
    gettext_noop("Reading time"),
    gettext_noop("Readability"),
    gettext_noop("This data explained"),
    gettext_noop("How we calculate our metrics"),
    gettext_noop(
        "We extract the main content from the page preview, remove all formatting, and calculate "
        "the number of words."
    ),
    gettext_noop(
        "We calculate reading time from word count, using different reading speeds for different "
        "languages."
    ),
    gettext_noop(
        "We use a readability formula based on length of words and sentences. Long sentences and "
        "words result in a worse readability score."
    ),
    gettext_noop(
        'See our <a href="%(guide_link)s" target="_blank">content checks guide</a> for more '
        "information on how content metrics are calculated."
    ),
    gettext_noop("Issues found"),
    gettext_noop("Checks"),
    gettext_noop("Warnings"),
    gettext_noop("Button text is empty"),
    gettext_noop("Use meaningful text for screen reader users"),
    gettext_noop("Empty heading found"),
    gettext_noop("Table header text is empty"),
    gettext_noop("Empty frame title found"),
    gettext_noop("Use a meaningful title for screen reader users"),
    gettext_noop("Incorrect heading hierarchy"),
    gettext_noop("Avoid skipping levels"),
    gettext_noop("Input button text is empty"),
    gettext_noop("Link text is empty"),
    gettext_noop("Misusing paragraphs as headings"),
    gettext_noop("Use proper heading tags"),
    gettext_noop("Image alt text has inappropriate pattern"),
    gettext_noop("Use meaningful text"),
    gettext_noop("Meta description is empty"),
    gettext_noop("Add a concise description for search engines"),
    # Preview
    gettext_noop("Preview not available"),
    gettext_noop(
        "Preview cannot display due to validation errors. <br /> Click save to highlight the "
        "relevant fields."
    ),
    gettext_noop("Preview in new tab"),
    gettext_noop("Loading"),
    gettext_noop("Refreshing…"),
    gettext_noop("Refresh"),
    gettext_noop("Preview is out of date"),
    gettext_noop("Correct the validation errors to resume preview (saving will highlight errors)"),
    gettext_noop("Preview mode"),
    gettext_noop("Placeholder title"),
    gettext_noop("Preview in mobile size"),
    gettext_noop("Preview in tablet size"),
    gettext_noop("Preview in desktop size"),
    # Locking
    gettext_noop("No one can make changes while the %(model_name)s is locked"),
    gettext_noop("<b>'{title}' was locked</b> by <b>you</b> on <b>{datetime}</b>."),
    gettext_noop("<b>'{title}' is locked</b> by <b>you</b>."),
    gettext_noop("<b>'{title}' was locked</b> by <b>{user}</b> on <b>{datetime}</b>."),
    gettext_noop("<b>'{title}' is locked</b>."),
    gettext_noop("Locked by you"),
    gettext_noop("Locked by another user"),
    gettext_noop("Only you can make changes while the %(model_name)s is locked"),
    gettext_noop("Only %(user)s can make changes while the %(model_name)s is locked"),
    gettext_noop("This %(model_name)s is currently awaiting moderation."),
    gettext_noop(
        "This {model_name} is awaiting <b>'{task_name}'</b> in the <b>'{workflow_name}'</b> "
        "workflow."
    ),
    gettext_noop("Only reviewers for this task can edit the %(model_name)s."),
    gettext_noop("Locked by workflow"),
    gettext_noop(
        "Reviewers can edit this %(model_name)s – lock it to prevent other reviewers from editing"
    ),
    gettext_noop("Only reviewers can edit and approve the %(model_name)s"),
    gettext_noop(
        "{model_name} '{title}' is locked and has been scheduled to go live at {datetime}"
    ),
    gettext_noop("Locked by schedule"),
    gettext_noop("Currently locked and will go live on the scheduled date"),
    # Workflows and moderation
    gettext_noop("Search…"),
    ngettext_lazy(
        "There is %(counter)s match",
        "There are %(counter)s matches",
        1,
    ),
    gettext_noop("Publish %(model_name)s"),
    gettext_noop("Your pages and snippets in a workflow"),
    gettext_noop("Task submitted by"),
    gettext_noop(
        "This page was marked as needing changes at <strong>%(task)s</strong> in "
        "<strong>%(workflow)s</strong>."
    ),
    gettext_noop(
        "This page is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop("Publishing this page will cancel the current workflow."),
    gettext_noop("Would you still like to publish this page?"),
    gettext_noop("Status: "),
    gettext_noop("Expiry:"),
    gettext_noop("Edit schedule"),
    gettext_noop("In Moderation"),
    gettext_noop("View details"),
    gettext_noop("To be created by %(user)s"),
    gettext_noop("View history"),
    gettext_noop("Invalid schedule"),
    gettext_noop("Go-live:"),
    gettext_noop("Once scheduled:"),
    gettext_noop("No publishing schedule set"),
    gettext_noop("Set schedule"),
    gettext_noop("Requested by <b>%(modified_by)s</b>"),
    gettext_noop("Started at <b>%(started_at)s</b>"),
    gettext_noop("Status %(status)s"),
    gettext_noop("Timeline"),
    gettext_noop("Initial Revision"),
    gettext_noop("%(action)s by <b>%(who)s</b> at <b>%(at)s</b>"),
    gettext_noop("%(action)s at <b>%(at)s</b>"),
    gettext_noop("with comment:"),
    gettext_noop("Workflow started"),
    gettext_noop("Workflow completed"),
    gettext_noop("%(action)s by <b>%(who)s</b>"),
    gettext_noop("Approved task"),
    gettext_noop("This page hasn't been submitted for moderation yet"),
    ngettext_lazy(
        "+%(counter)s more",
        "+%(counter)s more",
        1,
    ),
    gettext_noop("Submitted"),
    gettext_noop("Not started"),
    gettext_noop("Changes requested by %(requested_by)s"),
    gettext_noop("Changes requested"),
    gettext_noop("Cancelled by %(cancelled_by)s"),
    gettext_noop("Approved by %(approved_by)s"),
    gettext_noop("Published"),
    gettext_noop("See full history"),
    gettext_noop("New: %(model_name)s"),
    gettext_noop(
        "The page '%(page_title)s' is not currently awaiting moderation in task '%(task_name)s'."
    ),
    gettext_noop("Group approval task"),
    gettext_noop("Skipped"),
    gettext_noop("in moderation"),
    gettext_noop("live + in moderation"),
    # Workflow notification e-mails
    gettext_noop('The page "%(title)s" has been approved in moderation stage "%(task)s".'),
    gettext_noop('The page "%(title)s" has been approved in "%(task)s".'),
    gettext_noop('The page "%(title)s" has been rejected in moderation stage "%(task)s".'),
    gettext_noop('The page "%(title)s" has been rejected during "%(task)s".'),
    gettext_noop(
        'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s".'
    ),
    gettext_noop(
        'The page "%(title)s" has been submitted for approval to moderation stage "%(task)s".'
    ),
    gettext_noop(
        'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s"'
    ),
    gettext_noop('%(editor)s has updated comments on "%(title)s".'),
    gettext_noop('%(editor)s has updated comments on "%(title)s"'),
    gettext_noop('The page "%(title)s" has been approved in workflow "%(workflow)s".'),
    gettext_noop('The page "%(title)s" has been approved in "%(workflow)s".'),
    gettext_noop(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow '
        '"%(workflow)s" by %(rejector)s.'
    ),
    gettext_noop(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".'
    ),
    gettext_noop('The following comment was left: "%(comment)s"'),
    gettext_noop('The page "%(title)s" has been rejected during "%(workflow)s".'),
    gettext_noop(
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s" '
        "by %(requester)s."
    ),
    gettext_noop(
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s".'
    ),
    gettext_noop('The page "%(title)s" has been submitted to workflow "%(workflow)s"'),
    # Images
    gettext_noop("Image is decorative"),
    gettext_noop("Please add some alt text for your image or mark it as decorative"),
    gettext_noop(
        "Not a valid .%(extension)s image. The extension does not match the file format "
        "(%(image_format)s)"
    ),
    gettext_noop("Format"),
    ngettext_lazy(
        "Add tags to 1 image",
        "Add tags to %(counter)s images",
        1,
    ),
    gettext_noop("Add tags to images"),
    ngettext_lazy(
        "Are you sure you want to tag the following image?",
        "Are you sure you want to tag the following images?",
        1,
    ),
    ngettext_lazy(
        "You don't have permission to add tags to this image",
        "You don't have permission to add tags to these images",
        1,
    ),
    gettext_noop("Yes, add"),
    gettext_noop("No, don't add"),
    ngettext_lazy(
        "Add 1 image to new collection",
        "Add %(counter)s images to new collection",
        1,
    ),
    gettext_noop("Add images to collection"),
    ngettext_lazy(
        "Are you sure you want to add the following image to the selected collection?",
        "Are you sure you want to add the following images to the selected collection?",
        1,
    ),
    ngettext_lazy(
        "You don't have permission to add this image to a collection",
        "You don't have permission to add these images to a collection",
        1,
    ),
    ngettext_lazy(
        "Delete 1 image",
        "Delete %(counter)s images",
        1,
    ),
    gettext_noop("Delete images"),
    ngettext_lazy(
        "Are you sure you want to delete this image?",
        "Are you sure you want to delete these images?",
        1,
    ),
    ngettext_lazy(
        "You don't have permission to delete this image",
        "You don't have permission to delete these images",
        1,
    ),
    gettext_noop("Layout"),
    gettext_noop(
        "Upload successful. However, your new image seems to be a duplicate of an existing "
        "image. You may delete it if it wasn't required."
    ),
    gettext_noop("Existing"),
    gettext_noop("Use new image"),
    gettext_noop("Use existing and delete new"),
    gettext_noop("Select %(title)s"),
    gettext_noop("You haven't uploaded any images in this collection."),
    gettext_noop("You haven't uploaded any images."),
    gettext_noop(
        'Why not <a class="upload-one-now" href="#tab-upload" '
        'data-action="w-tabs#select:prevent" data-w-tabs-target="trigger" '
        'data-w-tabs-focus-param="true">upload one now</a>?'
    ),
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
        1,
    ),
    gettext_noop("Keep new image"),
    gettext_noop("Delete new image"),
    gettext_noop("Image focal point"),
    gettext_noop("Sort by"),
    gettext_noop("Select all images in listing"),
    gettext_noop("Grid layout"),
    gettext_noop("List layout"),
    gettext_noop(
        "Please provide an image description to comply with best practices for accessibility."
    ),
    gettext_noop(
        "Upload successful. However, your new image seems to be a duplicate of this existing "
        "image. You may delete it if it wasn't required."
    ),
    gettext_noop("Report this error to your website administrator with the following information:"),
    gettext_noop("Tag"),
    gettext_noop("Add tags to the selected images"),
    ngettext_lazy(
        "New tags have been added to %(num_parent_objects)d image",
        "New tags have been added to %(num_parent_objects)d images",
        1,
    ),
    gettext_noop("Add to collection"),
    gettext_noop("Add selected images to collection"),
    ngettext_lazy(
        "%(num_parent_objects)d image has been added to %(collection)s",
        "%(num_parent_objects)d images have been added to %(collection)s",
        1,
    ),
    gettext_noop("Delete selected images"),
    ngettext_lazy(
        "%(num_parent_objects)d image has been deleted",
        "%(num_parent_objects)d images have been deleted",
        1,
    ),
    gettext_noop("Newest"),
    gettext_noop("Oldest"),
    gettext_noop("Title: (A -> Z)"),
    gettext_noop("Title: (Z -> A)"),
    gettext_noop("File size: (low to high)"),
    gettext_noop("File size: (high to low)"),
    gettext_noop("Usage count: (low to high)"),
    gettext_noop("Usage count: (high to low)"),
    # Documents
    ngettext_lazy(
        '%(total)s Document <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Documents <span class="w-sr-only">created in %(site_name)s</span>',
        1,
    ),
    # Snippets
    ngettext_lazy(
        "%(count)d %(model_name)s deleted.",
        "%(count)d %(model_name)s deleted.",
        1,
    ),
    gettext_noop(
        "You haven't created any %(snippet_type_name)s snippets. Why not <a "
        'href="%(wagtailsnippets_create_snippet_url)s" target="_blank" '
        'rel="noreferrer">create one now</a>?'
    ),
    gettext_noop("Select all snippets in listing"),
    gettext_noop("Instances"),
    # Choosers, filters and tables
    gettext_noop("any"),
    gettext_noop("%(range_start)s - %(range_end)s"),
    gettext_noop("Minimum"),
    gettext_noop("Maximum"),
    gettext_noop("Usage count"),
    gettext_noop("item"),
    gettext_noop("items"),
    gettext_noop("Confirm selection"),
    gettext_noop('Sorry, there are no matches for "<em>%(search_query)s</em>"'),
    gettext_noop("There are no results."),
    gettext_noop("%(field_label)s:"),
    gettext_noop("Show filters"),
    gettext_noop("Filter by"),
    gettext_noop("Back"),
    gettext_noop("(blank)"),
    gettext_noop("Sort by '%(label)s' in ascending order."),
    gettext_noop("Sort by '%(label)s' in descending order."),
    gettext_noop("Choose another"),
    # Account settings
    gettext_noop("Locale"),
    gettext_noop("Use server language: %(language_name)s"),
    gettext_noop("Use server time zone"),
    gettext_noop("Default avatar"),
    gettext_noop("Wagtail %(current_version)s editor guide"),
    gettext_noop("Profile"),
    gettext_noop("Notifications"),
    gettext_noop("Name and Email"),
    gettext_noop("Profile picture"),
    gettext_noop("Theme preferences"),
    gettext_noop("Your account settings have been changed successfully!"),
    gettext_noop("updated comments notifications"),
    gettext_noop(
        "Receive notification when comments have been created, resolved, or deleted on a page "
        "that you have subscribed to receive comment notifications on"
    ),
    gettext_noop("System default"),
    gettext_noop("Light"),
    gettext_noop("Dark"),
    gettext_noop("admin theme"),
    gettext_noop("More contrast"),
    gettext_noop("contrast"),
    gettext_noop("Snug"),
    gettext_noop("density"),
    gettext_noop("Enable custom keyboard shortcuts specific to Wagtail."),
    # Reports
    gettext_noop("Language"),
    gettext_noop("Privacy and access"),
    gettext_noop("Last published"),
    gettext_noop("Last published by"),
    gettext_noop("No pages found."),
    gettext_noop("No pages match this report's criteria."),
    gettext_noop("App"),
    gettext_noop("Last edited page"),
    gettext_noop("Last edit"),
    gettext_noop("Locking status"),
    gettext_noop("Locked by <b>you</b> at <b>%(locking_date)s</b>"),
    gettext_noop("Locked by <b>%(locked_by)s</b> at <b>%(locking_date)s</b>"),
    gettext_noop("Locked at <b>%(locking_date)s</b>"),
    gettext_noop("No page types found."),
    gettext_noop("Date / Time"),
    gettext_noop("No log entries found."),
    gettext_noop("Page/Snippet"),
    gettext_noop("Incomplete task"),
    gettext_noop("No pages/snippets have been submitted for moderation yet"),
    gettext_noop("Page types usage"),
    gettext_noop("Last published before"),
    gettext_noop("Aging pages"),
    gettext_noop("Locked by"),
    gettext_noop("Anyone"),
    gettext_noop("By task"),
    gettext_noop("By workflow"),
    gettext_noop("Search terms"),
    # History and audit log
    gettext_noop("model log entry"),
    gettext_noop("model log entries"),
    gettext_noop("Rejected"),
    gettext_noop("Deleted"),
    gettext_noop("Publish scheduled draft"),
    gettext_noop("Published scheduled draft"),
    gettext_noop("Unpublished"),
    gettext_noop("Unpublish scheduled draft"),
    gettext_noop("Unpublished scheduled draft"),
    gettext_noop("Renamed from '%(old)s' to '%(new)s'"),
    gettext_noop("Renamed"),
    gettext_noop("Reverted to previous revision with id %(revision_id)s from %(created_at)s"),
    gettext_noop("Reverted to previous revision"),
    gettext_noop("Copied from %(title)s"),
    gettext_noop("Copied"),
    gettext_noop("Moved from '%(old_parent)s' to '%(new_parent)s'"),
    gettext_noop("Moved"),
    gettext_noop("Reordered under '%(parent)s'"),
    gettext_noop("Reordered"),
    gettext_noop(
        "Revision %(revision_id)s from %(created_at)s scheduled for publishing at %(go_live_at)s."
    ),
    gettext_noop("%(model_name)s scheduled for publishing at %(go_live_at)s"),
    gettext_noop("%(model_name)s scheduled for publishing"),
    gettext_noop(
        "Revision %(revision_id)s from %(created_at)s unscheduled from publishing at "
        "%(go_live_at)s."
    ),
    gettext_noop("%(model_name)s unscheduled for publishing at %(go_live_at)s"),
    gettext_noop("%(model_name)s unscheduled from publishing"),
    gettext_noop('Added a comment on field %(field)s: "%(text)s"'),
    gettext_noop("Added a comment"),
    gettext_noop("Edit comment"),
    gettext_noop('Edited a comment on field %(field)s: "%(text)s"'),
    gettext_noop("Edited a comment"),
    gettext_noop("Delete comment"),
    gettext_noop('Deleted a comment on field %(field)s: "%(text)s"'),
    gettext_noop("Deleted a comment"),
    gettext_noop("Resolve comment"),
    gettext_noop('Resolved a comment on field %(field)s: "%(text)s"'),
    gettext_noop("Resolved a comment"),
    gettext_noop("Reply to comment"),
    gettext_noop('Replied to comment on field %(field)s: "%(text)s"'),
    gettext_noop("Replied to a comment"),
    gettext_noop("Workflow: start"),
    gettext_noop("'%(workflow)s' started. Next step '%(task)s'"),
    gettext_noop("Workflow: approve task"),
    gettext_noop("Approved at '%(task)s'. Next step '%(next_task)s'"),
    gettext_noop("Approved at '%(task)s'. '%(workflow)s' complete"),
    gettext_noop("Workflow task approved"),
    gettext_noop("Workflow: reject task"),
    gettext_noop("Rejected at '%(task)s'. Changes requested"),
    gettext_noop("Workflow task rejected. Workflow complete"),
    gettext_noop("Workflow: resume task"),
    gettext_noop("Resubmitted '%(task)s'. Workflow resumed"),
    gettext_noop("Workflow task resubmitted. Workflow resumed"),
    gettext_noop("Workflow: cancel"),
    gettext_noop("Cancelled '%(workflow)s' at '%(task)s'"),
    gettext_noop("Workflow cancelled"),
)
