"""The names of the editorial roles and workflows, and the writers' rights on a new section.

The groups, their permissions and the 「編集部承認」 workflow are built by data migrations
(home 0002, 0006, 0010; listings 0003; succession 0002) that carry their own frozen copy of
this data, so that a later change here cannot change what a fresh `migrate` builds; a
change to the roles is a new migration. Wagtail's own "Editors" and "Moderators" groups
become ライター and 編集部 there.
"""

WRITERS = "ライター"
PHOTOGRAPHERS = "フォトグラファー"
EDITORS = "編集部"
MODERATORS = "掲載審査"
PAGE_WORKFLOW = "編集部承認"

# Writers get these on each section index that declares `writers_contribute = True`
# (features, columns, succession), when it is created: see grant_section_to_writers().
WRITER_SECTION_PERMISSIONS = ["add_page", "change_page"]

ALL_GROUPS = [WRITERS, PHOTOGRAPHERS, EDITORS, MODERATORS]


def grant_section_to_writers(page):
    """Let ライター draft and edit pages under `page` (runs with the live models)."""
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import GroupPagePermission

    writers = Group.objects.filter(name=WRITERS).first()
    if writers is None:
        return
    for codename in WRITER_SECTION_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=writers,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
