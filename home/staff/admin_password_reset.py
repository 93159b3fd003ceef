"""The admin's password-reset form (/admin/password_reset/), set as Wagtail's
WAGTAILADMIN_USER_PASSWORD_RESET_FORM: it answers a staff address and an unknown one in
the same time, so the page cannot be used to find out who has an account here.

Django's form looks the address up, makes a token and renders the mail in the request,
which is easily measured. Here the request only enqueues one task with the address, for
any address, after the commit; the task (`send_reset_mail`, in the worker) does Django's
work and hands the mail to the outbox (home.public_forms.outbox), which retries a failing
mail server. The person was only ever told "if the address is known, a mail is on its
way". The link is built on WAGTAILADMIN_BASE_URL, as every link in the site's mail.
"""

from urllib.parse import urlsplit

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import loader

from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from home.public_forms.outbox import queue_message

# The options of Django's PasswordResetForm.save() that the task carries over (JSON).
CARRIED = (
    "subject_template_name",
    "email_template_name",
    "html_email_template_name",
    "from_email",
)


def base_url_parts():
    """(host, https?) of WAGTAILADMIN_BASE_URL: the task has no request to take them from."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return parts.netloc, parts.scheme == "https"


@task()
def send_reset_mail(email, options):
    """Django's password-reset work for `email` (nothing for an unknown address)."""
    form = PasswordResetForm({"email": email})
    if not form.is_valid():
        return 0
    domain, use_https = base_url_parts()
    WagtailPasswordResetForm.save(form, domain_override=domain, use_https=use_https, **options)
    return 1


class PasswordResetForm(WagtailPasswordResetForm):
    def save(self, *args, **kwargs):
        """Enqueue the work; the same for every address, and nothing else."""
        email = self.cleaned_data["email"]
        options = {name: kwargs[name] for name in CARRIED if kwargs.get(name) is not None}
        transaction.on_commit(lambda: send_reset_mail.enqueue(email, options))

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        """Render the mail as Django does (in the task) and queue it in the outbox."""
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        message = EmailMultiAlternatives(subject, body, from_email, [to_email])
        if html_email_template_name is not None:
            html = loader.render_to_string(html_email_template_name, context)
            message.attach_alternative(html, "text/html")
        queue_message(message, about=context["user"], template=email_template_name)
