"""Wagtail admin strings: Workflows, moderation and their notification mails.

See home/admin_strings/__init__.py for why they are here.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

STRINGS = (
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
    # Workflow notification mails about snippets (job postings) to moderators.
    gettext_noop(
        'The %(model_name)s "%(title)s" has been approved in moderation stage "%(task)s".'
    ),
    gettext_noop("You can edit the %(model_name)s here:"),
    gettext_noop('The %(model_name)s "%(title)s" has been approved in "%(task)s".'),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected in moderation stage "%(task)s".'
    ),
    gettext_noop('The %(model_name)s "%(title)s" has been rejected during "%(task)s".'),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for approval in moderation stage '
        '"%(task)s".'
    ),
    gettext_noop("You can preview the %(model_name)s here:"),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for approval to moderation stage '
        '"%(task)s".'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for approval in moderation stage '
        '"%(task)s"'
    ),
    gettext_noop('The %(model_name)s "%(title)s" has been approved in workflow "%(workflow)s".'),
    gettext_noop('The %(model_name)s "%(title)s" has been approved in "%(workflow)s".'),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow '
        '"%(workflow)s" by %(rejector)s.'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow '
        '"%(workflow)s".'
    ),
    gettext_noop('The %(model_name)s "%(title)s" has been rejected during "%(workflow)s".'),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow '
        '"%(workflow)s" by %(requester)s.'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow '
        '"%(workflow)s".'
    ),
    gettext_noop('The %(model_name)s "%(title)s" has been submitted to workflow "%(workflow)s"'),
)
