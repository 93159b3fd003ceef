"""Fault figures for the production stack (issue 15): (a) a gunicorn worker killed with SIGKILL
amid posting submissions, (b) PostgreSQL's connections cut (or the server restarted) amid
traffic, (c) the SMTP server down while postings are sent. Against `deploy/prod-local.sh`;
prints PASS/FAIL per scenario. A script to run by hand, not a test (bench/README.md).

    .venv/bin/python bench/faults.py                  # a, b and c
    SCENARIOS=a SUBMISSIONS=16 .venv/bin/python bench/faults.py   # a smoke run
    PG_FAULT=restart ...   # b restarts the PostgreSQL server itself (every database on it)
"""

# ruff: noqa: T201, S603, S607, S608, E402  (SQL built from the bench's own values)

import html.parser
import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.load import DB, ROOT, RUN, Stack, psql, request, run_parallel

FILL_SECONDS = 5.5  # guards.min_fill_seconds() is 5 in production settings, not overridable
RUN_ID = time.strftime("%H%M%S")
PY = str(ROOT / ".venv" / "bin" / "python")
ADDRESS_BASE = dict(zip("abc", random.sample(range(256), 3), strict=True))


class FormParser(html.parser.HTMLParser):
    """The fields of the page's POST form: hidden values, select options, checkboxes."""

    def __init__(self):
        super().__init__()
        self.fields, self.options, self.select, self.in_form = {}, {}, None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self.in_form = True
        if not self.in_form:
            return
        if tag == "input" and a.get("name"):
            self.fields.setdefault(a["name"], []).append(a)
        elif tag == "select":
            self.select = a.get("name")
            self.options[self.select] = []
        elif tag == "option" and self.select and a.get("value"):
            self.options[self.select].append(a["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "form":
            self.in_form = False


def cookies(headers):
    jar = [v.split(";", 1)[0] for k, v in headers if k.lower() == "set-cookie"]
    return "; ".join(jar)


class Submission:
    """One posting through /portal/submit/: GET the form, wait past the minimum fill time,
    POST 確認 (step=confirm), POST 送信 (step=submit). Acknowledged (完了) = the answer is a
    redirect to ?sent=1. Each has its own title, e-mail and client address (X-Forwarded-For,
    believed from 127.0.0.1 by TRUSTED_PROXIES), so that the rate limits count each once."""

    def __init__(self, base, n, tag):
        self.base, self.n = base, n
        self.title = f"[bench {RUN_ID}{tag}] 負荷試験の求人 {n:03d}"
        self.email = f"bench-{RUN_ID}{tag}-{n:03d}@example.com"
        # 10.<run and scenario>.<n>: the limits count per address per hour, across runs too.
        self.address = f"10.{ADDRESS_BASE[tag]}.{n // 250}.{n % 250 + 1}"
        self.acknowledged, self.error, self.shown_at = False, None, None

    def fetch(self):
        status, headers, body = request(
            self.base, "GET", "/portal/submit/", headers={"X-Forwarded-For": self.address}
        )
        if status != 200:
            raise RuntimeError(f"form: {status}")
        self.shown_at = time.monotonic()
        self.cookie = cookies(headers)
        parser = FormParser()
        parser.feed(body.decode())
        f, opt = parser.fields, parser.options
        self.data = [
            ("csrfmiddlewaretoken", f["csrfmiddlewaretoken"][0]["value"]),
            ("form_token", f["form_token"][0]["value"]),
            ("website", ""),
            ("title", self.title),
            ("employer_name", "負荷試験水産"),
            ("category", opt["category"][0]),
            ("employment_type", opt["employment_type"][0]),
            ("description", "障害試験のための求人です。漁港での荷揚げと仕分け。"),
            ("wage_min", "1500"),
            ("wage_max", "1800"),
            ("wage_unit", "hour" if "hour" in opt["wage_unit"] else opt["wage_unit"][0]),
            ("working_hours", "5:00〜12:00"),
            ("holidays", "日曜・祝日"),
            ("area", opt["area"][0]),
            ("address", "富山県氷見市比美町1-1"),
            ("apply_email", self.email),
            ("valid_through", f["valid_through"][0]["value"]),
            ("submitter_email", self.email),
            ("agree_terms", "on"),
        ]

    def post(self, step):
        body = urllib.parse.urlencode([*self.data, ("step", step)]).encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": self.cookie,
            "X-Forwarded-For": self.address,
        }
        return request(self.base, "POST", "/portal/submit/", body=body, headers=headers)

    def send(self):
        try:
            if self.shown_at is None:
                self.fetch()
            time.sleep(max(0.0, self.shown_at + FILL_SECONDS - time.monotonic()))
            status, _, body = self.post("confirm")
            if status != 200 or b'value="submit"' not in body:
                errors = re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]{1,120})', body.decode())
                raise RuntimeError(f"confirm: {status} {errors[:3]}")
            status, headers, _ = self.post("submit")
            location = {k.lower(): v for k, v in headers}.get("location", "")
            self.acknowledged = status in (301, 302, 303) and "sent=1" in location
            if not self.acknowledged:
                self.error = f"submit: {status}"
        except Exception as error:  # noqa: BLE001  (a refused connection, a reset, a 5xx)
            self.error = f"{type(error).__name__}: {error}"[:160]
        return self.acknowledged


def stored(prefix):
    """{title: (revisions, workflow states, latest_revision set)} for postings whose title
    starts with `prefix`."""
    sql = f"""
        SELECT p.title,
          (SELECT count(*) FROM wagtailcore_revision r WHERE r.object_id = p.id::text
             AND r.base_content_type_id = ct.id),
          (SELECT coalesce(string_agg(w.status, ','), '') FROM wagtailcore_workflowstate w
             WHERE w.object_id = p.id::text AND w.base_content_type_id = ct.id),
          p.latest_revision_id IS NOT NULL
        FROM listings_jobposting p, django_content_type ct
        WHERE ct.app_label = 'listings' AND ct.model = 'jobposting'
          AND p.title LIKE '{prefix.replace("'", "''")}%'"""
    return {t: (int(r), w, latest == "t") for t, r, w, latest in psql(sql)}


def check_stored(submissions, prefix):
    """(ok, lines): every acknowledged one stored whole; none stored half."""
    rows = stored(prefix)
    whole = {t for t, (revs, states, latest) in rows.items() if revs >= 1 and latest and states}
    in_progress = {t for t, (_, states, _) in rows.items() if "in_progress" in states.split(",")}
    acked = [s for s in submissions if s.acknowledged]
    lost = [s.title for s in acked if s.title not in rows]
    half = sorted(set(rows) - whole)
    not_in_review = [s.title for s in acked if s.title in rows and s.title not in in_progress]
    extra = len([s for s in submissions if not s.acknowledged and s.title in rows])
    lines = [
        f"acknowledged {len(acked)}/{len(submissions)}, stored {len(rows)} "
        f"(of which not acknowledged: {extra}), lost {len(lost)}, half-stored {len(half)}, "
        f"acknowledged without workflow in_progress {len(not_in_review)}"
    ]
    errors = {}
    for s in submissions:
        if s.error:
            errors[s.error.split(":")[0]] = errors.get(s.error.split(":")[0], 0) + 1
    if errors:
        example = next(s.error for s in submissions if s.error)
        lines.append(f"not acknowledged: {errors} (e.g. {example})")
    lines += [f"LOST {t}" for t in lost] + [f"HALF {t}" for t in half]
    return not lost and not half and not not_in_review, lines


def report(name, ok, lines):
    print(f"\n{'PASS' if ok else 'FAIL'}: {name}")
    for line in lines:
        print(f"  {line}")
    return ok


def scenario_kill_worker(stack):
    total = int(os.environ.get("SUBMISSIONS", "100"))
    clients = int(os.environ.get("SUBMIT_CLIENTS", "8"))
    subs = [Submission(stack.url, n, "a") for n in range(total)]
    run_parallel(subs, clients, lambda s: s.fetch())
    before = stack.processes()
    killed = {}

    def killer():
        while sum(s.acknowledged or s.error is not None for s in subs) < total // 2:
            time.sleep(0.05)
        pid = before["workers"][0]
        os.kill(pid, signal.SIGKILL)
        killed.update(pid=pid, at=sum(s.acknowledged for s in subs))

    watcher = threading.Thread(target=killer, daemon=True)
    watcher.start()
    started = time.monotonic()
    run_parallel(subs, clients, Submission.send)
    watcher.join(5)
    after = stack.processes()
    ok, lines = check_stored(subs, f"[bench {RUN_ID}a]")
    lines.insert(0, f"{total} submissions, {clients} clients, {time.monotonic() - started:.1f} s")
    lines.insert(
        1,
        f"SIGKILL worker {killed.get('pid')} after {killed.get('at')} acknowledged; "
        f"workers {before['workers']} -> {after['workers']}",
    )
    respawned = len(after["workers"]) == len(before["workers"]) and killed
    return report("a. gunicorn worker killed mid-submissions", ok and bool(respawned), lines)


def pg_fault(mode):
    if mode == "restart":
        version = sorted(os.listdir("/etc/postgresql"))[-1]
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True
        )
        return f"pg_ctlcluster {version} main restart"
    rows = psql(
        f"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
        f"WHERE datname = '{DB}' AND pid <> pg_backend_pid()"
    )
    return f"pg_terminate_backend on {rows[0][0]} connections of {DB}"


def scenario_postgres(stack):
    mode = os.environ.get("PG_FAULT", "terminate")
    watch = float(os.environ.get("PG_WATCH_SECONDS", "15"))
    limit = float(os.environ.get("PG_RECOVERY_LIMIT", "10"))
    subs = [
        Submission(stack.url, n, "b") for n in range(int(os.environ.get("PG_SUBMISSIONS", "12")))
    ]
    run_parallel(subs, 4, lambda s: s.fetch())
    time.sleep(FILL_SECONDS)
    worker_before = stack.processes()["db_worker"]
    hits, stop = [], threading.Event()

    def traffic(path):
        while not stop.is_set():
            t = time.monotonic()
            try:
                status = request(stack.url, "GET", path, timeout=10)[0]
            except Exception as error:  # noqa: BLE001
                status = type(error).__name__
            hits.append((t, path, status))
            time.sleep(0.05)

    def submitter(items):
        for s in items:
            s.send()
            time.sleep(watch / (len(items) + 1))

    threads = [threading.Thread(target=traffic, args=(p,)) for p in ("/", "/portal/", "/healthz")]
    threads += [threading.Thread(target=submitter, args=(subs[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(2)
    fault_at = time.monotonic()
    what = pg_fault(mode)
    time.sleep(watch)
    stop.set()
    for thread in threads:
        thread.join()
    after = [(t - fault_at, p, s) for t, p, s in hits if t >= fault_at]
    bad = [(t, p, s) for t, p, s in after if s != 200]
    site = [h for h in after if h[1] == "/"]
    back = max((t for t, p, s in bad if p == "/"), default=None)
    recovered = next((t for t, _, s in site if back is None or t > back), None)
    ok, lines = check_stored(subs, f"[bench {RUN_ID}b]")
    lines.insert(0, f"{what}; traffic on /, /portal/, /healthz for {watch:g} s after")
    statuses = {}
    for _, p, s in bad:
        statuses[f"{p} {s}"] = statuses.get(f"{p} {s}", 0) + 1
    lines.insert(1, f"failed answers after the fault: {len(bad)} of {len(after)} {statuses}")
    lines.insert(
        2,
        f"/ answers 200 again {recovered if recovered is None else round(recovered, 2)} s "
        f"after the fault (last failure of / at {back if back is None else round(back, 2)} s)",
    )
    time.sleep(6)  # WORKER_RESTART=5: the task worker, if the cut ended it, is back
    worker_after = stack.processes()["db_worker"]
    lines.append(f"task worker {worker_before} -> {worker_after}")
    recovered_ok = recovered is not None and recovered <= limit
    return report(
        f"b. PostgreSQL fault ({mode}), recovery <= {limit:g} s", ok and recovered_ok, lines
    )


def start_sink(port, folder):
    folder.mkdir(parents=True, exist_ok=True)
    with (folder.parent / f"{folder.name}.log").open("ab") as log:
        command = [PY, str(ROOT / "deploy" / "smtp_sink.py"), str(port), str(folder)]
        sink = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    return sink


def mails(emails):
    """[(to, status, attempts)] of the outbox rows to `emails`."""
    quoted = ",".join("'" + e + "'" for e in emails)
    return psql(f'SELECT "to", status, attempts FROM home_outgoingmail WHERE "to" IN ({quoted})')


def scenario_smtp(stack, sink, folder):
    count = int(os.environ.get("SMTP_SUBMISSIONS", "5"))
    wait = float(os.environ.get("MAIL_WAIT_SECONDS", "240"))
    sink.terminate()
    sink.wait(10)
    subs = [Submission(stack.url, n, "c") for n in range(count)]
    run_parallel(subs, count, Submission.send)
    emails = [s.email for s in subs]
    ok_stored, lines = check_stored(subs, f"[bench {RUN_ID}c]")
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        rows = mails(emails)
        if len(rows) == count and all(int(a) >= 1 for _, _, a in rows):
            break
        time.sleep(1)
    down = mails(emails)
    lines.append(f"sink down: receipts {[(st, int(a)) for _, st, a in down]} (status, attempts)")
    sink = start_sink(stack.mail_port, folder)
    restarted = time.monotonic()
    arrived = set()
    while time.monotonic() < deadline:
        rows = mails(emails)
        texts = [p.read_text(errors="replace") for p in folder.glob("*.eml")]
        arrived = {e for e in emails if any(e in t for t in texts)}
        if len(arrived) == count and all(st == "sent" for _, st, _ in rows):
            break
        time.sleep(1)
    took = time.monotonic() - restarted
    rows = mails(emails)
    lines.append(
        f"sink back: {len(arrived)}/{count} receipts arrived {took:.1f} s after the restart; "
        f"outbox {[(st, int(a)) for _, st, a in rows]}"
    )
    tried = len(down) == count and all(st == "queued" and int(a) >= 1 for _, st, a in down)
    ok = ok_stored and len(subs) == sum(s.acknowledged for s in subs) and tried
    return report("c. SMTP down, then back", ok and len(arrived) == count, lines), sink


def main():
    scenarios = os.environ.get("SCENARIOS", "a,b,c").split(",")
    stack = Stack(env={"MAIL_SINK": "external", "WORKER_RESTART": "5"}, name="faults")
    if stack.external:
        print("BENCH_URL: that stack must run with MAIL_SINK=external WORKER_RESTART=5")
    folder = RUN / f"mail-faults-{stack.port}"
    sink = start_sink(stack.mail_port, folder)
    results = {}
    try:
        with stack:
            print(f"run {RUN_ID}, stack {stack.url}, mail sink {stack.mail_port} -> {folder}")
            if "a" in scenarios:
                results["a"] = scenario_kill_worker(stack)
            if "b" in scenarios:
                results["b"] = scenario_postgres(stack)
            if "c" in scenarios:
                results["c"], sink = scenario_smtp(stack, sink, folder)
    finally:
        if sink.poll() is None:
            sink.terminate()
            sink.wait(10)
    print("\n" + ", ".join(f"{k}: {'PASS' if v else 'FAIL'}" for k, v in results.items()))
    return 0 if results and all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
