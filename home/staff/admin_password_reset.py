"""The admin's password-reset form (/admin/password_reset/), set as Wagtail's
WAGTAILADMIN_USER_PASSWORD_RESET_FORM: it answers a staff address and an unknown one in
the same time, so the page cannot be used to find out who has an account here.

Django's form does nothing for an unknown address but, for a known one, makes a token,
renders the mail and waits on the mail server, which is easily measured. Here both do
the same work: an unknown address gets a stand-in user (never saved, no usable password)
whose token and mail are made and then dropped; and the mail server is talked to in a
thread of its own, started for both, after which the answer goes out at once. (The task
backend runs tasks in the request, so a task would not hide the wait.) A mail that
fails is logged; the person was only ever told "if the address is known, a mail is on
its way".
"""

import logging
import threading

from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template import loader

from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

logger = logging.getLogger(__name__)


def stand_in_user(email):
    """An unsaved user that no password opens, for an address nobody here has."""
    user_model = get_user_model()
    user = user_model(**{user_model.get_email_field_name(): email})
    user.set_unusable_password()
    user.is_stand_in = True
    return user


def send_each(messages):
    for message in messages:
        try:
            message.send()
        except Exception:
            logger.exception("A password reset mail could not be sent")


def deliver(messages):
    """Send `messages` without making the answer wait; the same call with none."""
    thread = threading.Thread(target=send_each, args=(messages,), name="password-reset-mail")
    thread.start()
    return thread


class PasswordResetForm(WagtailPasswordResetForm):
    def get_users(self, email):
        users = list(super().get_users(email))
        return users or [stand_in_user(email)]

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        """Render the mail as Django does, for a stand-in too; keep it to send later."""
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        message = EmailMultiAlternatives(subject, body, from_email, [to_email])
        if html_email_template_name is not None:
            html = loader.render_to_string(html_email_template_name, context)
            message.attach_alternative(html, "text/html")
        if not getattr(context["user"], "is_stand_in", False):
            self.outgoing.append(message)

    def save(self, *args, **kwargs):
        self.outgoing = []
        super().save(*args, **kwargs)
        self.delivery = deliver(self.outgoing)
