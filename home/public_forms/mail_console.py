"""A console mail backend for `make run` that people can read.

Django's console backend prints the MIME source, where a Japanese body is base64 and a
Japanese subject an encoded word (=?utf-8?b?...?=), so the demo's mails (and the private
links in them) cannot be read or clicked in the terminal. This one prints the decoded
headers and the plain-text body as UTF-8, and names what it does not print: HTML
alternatives and attachments. Dev only: production sends through SMTP.
"""

from django.core.mail.backends.console import EmailBackend as DjangoConsoleBackend

# MIME plumbing says nothing to a reader once the body is decoded.
HIDDEN = {"mime-version", "content-type", "content-transfer-encoding"}


def readable(message):
    """`message` (a Django EmailMessage) as text: headers, the text body, then one line
    for each HTML alternative or attachment."""
    mime = message.message()
    lines = [f"{name}: {value}" for name, value in mime.items() if name.lower() not in HIDDEN]
    if message.bcc:
        # Django keeps Bcc out of the headers; the reader still wants to know who gets it.
        lines.append(f"Bcc: {', '.join(message.bcc)}")
    bodies, notes = [], []
    for part in mime.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        content_type = part.get_content_type()
        size = len(part.get_payload(decode=True) or b"")
        if filename or part.get_content_disposition() == "attachment":
            notes.append(f"[attachment: {filename or '(no name)'}, {content_type}, {size} bytes]")
        elif content_type == "text/plain":
            bodies.append(part.get_content().rstrip("\n"))
        else:
            notes.append(f"[alternative: {content_type}, {size} bytes, not shown]")
    return "\n".join([*lines, "", *bodies, *notes]) + "\n"


class EmailBackend(DjangoConsoleBackend):
    """Django's console backend, writing `readable(message)` instead of the MIME source."""

    def write_message(self, message):
        self.stream.write(readable(message))
        self.stream.write("-" * 79 + "\n")
