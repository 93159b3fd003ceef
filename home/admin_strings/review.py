"""Wagtail and wagtail-modeladmin strings whose Japanese is missing or reads wrong on the
screens of review: submitting, approving, sending back, the inbound lists, the promote tab.

Wagtail's own ``ja`` catalogue says 「調整のために提出」 for "submitted for moderation",
「あなたのレビューの待機中」, 「使用法」 (usage) and 「リクエストしたユーザ」; modeladmin leaves
"By ステータス" and "(8 out of 8)" in English. Our catalogue overrides them (see
home/admin_strings/__init__.py). Strings of Wagtail's JavaScript are in
locale/ja/LC_MESSAGES/djangojs.po, since its JavaScript catalogue reads only that domain.
"""

from django.utils.translation import gettext_noop

STRINGS = (
    # Submitting for moderation (editor messages and footer actions)
    gettext_noop("Submit for moderation"),
    gettext_noop("Page '%(page_title)s' has been submitted for moderation."),
    gettext_noop("Page '%(page_title)s' created and submitted for moderation."),
    gettext_noop("%(model_name)s '%(object)s' has been submitted for moderation."),
    gettext_noop("%(model_name)s '%(object)s' created and submitted for moderation."),
    # Publishing a snippet from its editor (untranslated in Wagtail's catalogue)
    gettext_noop("%(model_name)s '%(object)s' updated and published."),
    gettext_noop("%(model_name)s '%(object)s' created and published."),
    # Deciding: the group approval task's actions
    gettext_noop("Request changes"),
    gettext_noop("%(label)s and Publish"),
    # Dashboard, reports, workflow history, status side panel
    gettext_noop("Awaiting your review"),
    gettext_noop("Usage"),
    gettext_noop("Requested by"),
    gettext_noop("Requested By"),
    gettext_noop("requested by"),
    # The promote tab of the page editor
    gettext_noop("The page title as you'd like it to be seen by the public"),
    gettext_noop("For search engines"),
    gettext_noop("For site menus"),
    gettext_noop("title tag"),
    gettext_noop("meta description"),
    # wagtail-modeladmin lists (correction requests, supporters, succession inquiries)
    gettext_noop("By %(filter_title)s"),
    gettext_noop("%(result_count)s out of %(all_count)s"),
)
