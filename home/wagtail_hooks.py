"""Wagtail hooks of the shell and the commons: people, partners, credit roles, the page
viewset, the inbound-record viewsets and the login locks."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.commons.corrections_admin import correction_request_viewset
from home.commons.supporters_admin import supporter_viewset
from home.staff import login_locks_admin  # noqa: F401
from home.staff.page_editor import page_viewset

from .models import PartnerOrganization, Person, PersonRole


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kana"]
    list_filter = ["roles"]
    search_fields = ["name", "kana"]
    # Names are short: a substring match finds Japanese names the index would not split.
    search_backend_name = None


class PartnerOrganizationViewSet(SnippetViewSet):
    """The organisations that run the site; their staff members are edited inline."""

    model = PartnerOrganization
    icon = "group"
    menu_label = _("Partner organisations")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "sector", "role", "since"]
    list_filter = ["sector"]
    search_fields = ["name", "role"]
    search_backend_name = None  # short names: a substring match finds them


class PersonRoleViewSet(ModelViewSet):
    model = PersonRole
    icon = "tag"
    menu_label = _("Credit roles")
    add_to_settings_menu = True
    form_fields = ["name", "slug", "sort_order"]
    list_display = ["name", "slug", "sort_order"]


person_role_viewset = PersonRoleViewSet("person_roles")


@hooks.register("register_admin_viewset")
def register_person_role_viewset():
    return person_role_viewset


@hooks.register("register_admin_viewset")
def register_inbound_record_viewsets():
    return [correction_request_viewset, supporter_viewset]


@hooks.register("register_admin_viewset")
def register_page_viewset():
    # Replaces Wagtail's default page viewset (registered at order -1) for every page type:
    # its create view makes one page per form, however often autosave and a submission post.
    return page_viewset


register_snippet(PersonViewSet)
register_snippet(PartnerOrganizationViewSet)
