"""A throwaway SMTP server for `make prod-local`: keeps each mail as a file, prints one line.

Production settings send mail over SMTP only; on a developer's machine there is no relay,
so deploy/prod-local.sh points EMAIL_HOST here. Standard library only (smtpd is gone from
Python 3.12). Never for a server: it accepts anything from anyone who can reach the port.

    python deploy/smtp_sink.py PORT FOLDER
"""

import socketserver
import sys
import time
from email import message_from_bytes, policy
from pathlib import Path

FOLDER = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("mail")


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 himi-prodlocal mail sink")
        recipients = []
        while line := self.rfile.readline():
            verb = line[:4].upper()
            if verb == b"EHLO":
                # No STARTTLS offered: prod-local sets EMAIL_USE_TLS=false.
                self.wfile.write(b"250-himi-prodlocal\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
            elif verb == b"RCPT":
                recipients.append(line.decode(errors="replace").partition(":")[2].strip())
                self.reply("250 OK")
            elif verb == b"DATA":
                self.reply("354 End with <CRLF>.<CRLF>")
                self.store(self.read_data(), recipients)
                recipients = []
                self.reply("250 OK: kept")
            elif verb == b"QUIT":
                self.reply("221 Bye")
                return
            elif verb in (b"HELO", b"MAIL", b"RSET", b"NOOP"):
                recipients = [] if verb == b"RSET" else recipients
                self.reply("250 OK")
            else:
                self.reply("502 Not implemented")

    def read_data(self):
        lines = []
        while (line := self.rfile.readline()) and line.rstrip(b"\r\n") != b".":
            # RFC 5321 4.5.2: the client doubled every leading dot.
            lines.append(line[1:] if line.startswith(b"..") else line)
        return b"".join(lines)

    def store(self, data, recipients):
        FOLDER.mkdir(parents=True, exist_ok=True)
        path = FOLDER / f"{time.strftime('%Y%m%dT%H%M%S')}-{time.monotonic_ns()}.eml"
        path.write_bytes(data)
        subject = message_from_bytes(data, policy=policy.default)["Subject"]
        print(f"mail to {', '.join(recipients)}: {subject} ({path})", flush=True)  # noqa: T201


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    with Server(("127.0.0.1", int(sys.argv[1])), Session) as server:
        server.serve_forever()
