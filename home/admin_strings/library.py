"""Wagtail admin strings: Images, documents, snippets, choosers, account, reports and history.

See home/admin_strings/__init__.py for why they are here.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

STRINGS = (
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
