"""Load figures for the production stack (issue 15): CLIENTS concurrent clients for SECONDS
on /, /portal/, a posting and /portal/?q=漁師 against `deploy/prod-local.sh`; also the
helpers that bench/faults.py and bench/memory.py share (start/stop the stack, find its
processes). A script to run by hand, not a test.

    .venv/bin/python bench/load.py                        # starts prod-local on free ports
    CLIENTS=8 SECONDS=5 .venv/bin/python bench/load.py    # a smoke run
    BENCH_URL=http://127.0.0.1:8000 .venv/bin/python bench/load.py   # a stack already running

The client is Python (threads, http.client, one connection per request, as gunicorn's sync
workers close each one); it runs on the same machine and takes some of its CPU.
"""

# ruff: noqa: T201, S108, S603, S607

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = Path(os.environ.get("TMPDIR", "/tmp")) / "himi-bench"
DB = os.environ.get("PROD_LOCAL_DB", "himi_prodlocal")
KEYWORD = "漁師"


def free_port():
    """A port free on 127.0.0.1 whose +25 (prod-local's mail port) is free as well."""
    for _ in range(50):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port + 25 < 65536 and port_free(port + 25):
            return port
    raise RuntimeError("no free port")


def port_free(port):
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def request(base, method, path, body=None, headers=None, timeout=30):
    """(status, [(header, value)], body bytes) for one request on a new connection."""
    parts = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        return response.status, response.getheaders(), data
    finally:
        conn.close()


def wait_healthy(base, seconds=240, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"prod-local ended ({process.returncode}); see its log")
        try:
            if request(base, "GET", "/healthz", timeout=5)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{base}/healthz did not answer 200 in {seconds} s")


class Stack:
    """deploy/prod-local.sh on free ports (or BENCH_URL, started by someone else), as a
    context manager: started and healthy inside, stopped (SIGTERM, its own trap) after."""

    def __init__(self, env=None, name="load"):
        self.url = os.environ.get("BENCH_URL", "").rstrip("/")
        self.external = bool(self.url)
        self.env = env or {}
        self.name = name
        self.process = None
        self.port = urllib.parse.urlsplit(self.url).port if self.url else free_port()
        self.mail_port = int(self.env.get("MAIL_PORT", 0)) or self.port + 25
        if not self.url:
            self.url = f"http://127.0.0.1:{self.port}"
        self.log = RUN / f"prod-local-{name}-{self.port}.log"

    def __enter__(self):
        if self.external:
            wait_healthy(self.url, 10)
            return self
        RUN.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PORT": str(self.port), "MAIL_PORT": str(self.mail_port)}
        env.update(self.env)
        print(f"starting prod-local on {self.url} (log {self.log})", flush=True)
        with self.log.open("wb") as log:
            # A session of its own, so that a signal to this script's terminal reaches the
            # stack only through stop(), and a last-resort SIGKILL reaches all of it.
            self.process = subprocess.Popen(  # noqa: S603
                [str(ROOT / "deploy" / "prod-local.sh")],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            wait_healthy(self.url, process=self.process)
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        print(f"stopped prod-local ({self.url})", flush=True)

    def processes(self):
        """{"master": pid, "workers": [pids], "db_worker": pid or None, "sink": pid or None},
        read from /proc: gunicorn's master and its children, `manage.py db_worker`, the
        mail sink (prod-local's, or one started by the bench on this stack's mail port)."""
        found = {"master": None, "workers": [], "db_worker": None, "sink": None}
        table = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                cmd = (entry / "cmdline").read_bytes().split(b"\0")
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            table[int(entry.name)] = ([c.decode(errors="replace") for c in cmd if c], ppid)
        bind = f"127.0.0.1:{self.port}"
        ours = {
            p for p, (cmd, _) in table.items() if "gunicorn" in " ".join(cmd[:2]) and bind in cmd
        }
        # The workers carry the master's command line: the master is the one not forked.
        found["master"] = next((p for p in ours if table[p][1] not in ours), None)
        for pid, (cmd, ppid) in table.items():
            if found["master"] and ppid == found["master"]:
                found["workers"].append(pid)
            elif "db_worker" in cmd and self._mine(pid, table):
                found["db_worker"] = pid
            elif any(c.endswith("smtp_sink.py") for c in cmd) and str(self.mail_port) in cmd:
                found["sink"] = pid
        found["workers"].sort()
        return found

    def _mine(self, pid, table):
        """True when `pid` descends from this stack's prod-local (external: uses its DB)."""
        if self.process is None:
            return environ(pid).get("DATABASE_URL", "").endswith(f"/{DB}")
        while pid in table and pid > 1:
            if pid == self.process.pid:
                return True
            pid = table[pid][1]
        return False


def environ(pid):
    try:
        raw = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return {}
    return dict(
        item.split("=", 1) for item in raw.decode(errors="replace").split("\0") if "=" in item
    )


def run_parallel(items, clients, work):
    queue, lock = list(items), threading.Lock()

    def client():
        while True:
            with lock:
                if not queue:
                    return
                item = queue.pop(0)
            work(item)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def psql(sql):
    out = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DB, "-tAF", "|", "-c", sql],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line.split("|") for line in out.splitlines() if line]


def posting_path(base):
    """A public posting's path, taken from /portal/'s links."""
    status, _, body = request(base, "GET", "/portal/")
    match = re.search(r'href="(/portal/\d+/)"', body.decode(errors="replace"))
    if status != 200 or not match:
        raise RuntimeError(f"no posting link on /portal/ (status {status})")
    return match.group(1)


def percentile(sorted_values, fraction):
    """Nearest rank."""
    if not sorted_values:
        return float("nan")
    rank = max(1, round(fraction * len(sorted_values) + 0.5))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def run_load(base, paths, clients, seconds):
    """Each client loops over `paths` (starting at a different one) until the time is up.
    Returns {path: {"ms": [latencies of 2xx], "errors": n, "non2xx": n, "statuses": {}}}."""
    results = {
        p: {"ms": [], "errors": 0, "non2xx": 0, "statuses": {}, "error_kinds": {}} for p in paths
    }
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(index):
        n = index
        while time.monotonic() < deadline:
            path = paths[n % len(paths)]
            n += 1
            start = time.perf_counter()
            try:
                status = request(base, "GET", path)[0]
            except (OSError, http.client.HTTPException) as error:
                with lock:
                    results[path]["errors"] += 1
                    kind = type(error).__name__
                    results[path]["error_kinds"][kind] = (
                        results[path]["error_kinds"].get(kind, 0) + 1
                    )
                continue
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                row = results[path]
                row["statuses"][status] = row["statuses"].get(status, 0) + 1
                if 200 <= status < 300:
                    row["ms"].append(elapsed)
                else:
                    row["non2xx"] += 1

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def print_table(results, seconds):
    heads = (("requests", 8), ("errors", 6), ("non-2xx", 7), ("p50 ms", 8), ("p99 ms", 8))
    print(f"{'url':34} " + " ".join(f"{h:>{w}}" for h, w in heads) + "   req/s")
    total = {"n": 0, "errors": 0, "non2xx": 0, "ms": []}
    for path, row in results.items():
        ms = sorted(row["ms"])
        n = len(ms) + row["errors"] + row["non2xx"]
        total["n"] += n
        total["errors"] += row["errors"]
        total["non2xx"] += row["non2xx"]
        total["ms"] += ms
        shown = urllib.parse.unquote(path)
        print(
            f"{shown:34} {n:8} {row['errors']:6} {row['non2xx']:7} "
            f"{percentile(ms, 0.50):8.1f} {percentile(ms, 0.99):8.1f} {n / seconds:7.1f}"
        )
        if row["error_kinds"] or row["non2xx"]:
            print(f"    errors {row['error_kinds']} statuses {row['statuses']}")
    ms = sorted(total["ms"])
    print(
        f"{'all':34} {total['n']:8} {total['errors']:6} {total['non2xx']:7} "
        f"{percentile(ms, 0.50):8.1f} {percentile(ms, 0.99):8.1f} {total['n'] / seconds:7.1f}"
    )
    return total


def main():
    clients = int(os.environ.get("CLIENTS", "64"))
    seconds = float(os.environ.get("SECONDS", "60"))
    with Stack(name="load") as stack:
        base = stack.url
        paths = ["/", "/portal/", posting_path(base), "/portal/?q=" + urllib.parse.quote(KEYWORD)]
        # Warm-up: each URL once, so that the first rendering is not in the figures.
        for path in paths:
            request(base, "GET", path)
        load1 = os.getloadavg()[0]
        print(f"{clients} clients, {seconds:g} s, {base}, load average {load1:.2f} at the start")
        started = time.monotonic()
        results = run_load(base, paths, clients, seconds)
        elapsed = time.monotonic() - started
        total = print_table(results, elapsed)
        out = os.environ.get("LOAD_JSON")
        if out:
            summary = {p: {k: v for k, v in r.items() if k != "ms"} for p, r in results.items()}
            Path(out).write_text(
                json.dumps({"clients": clients, "seconds": elapsed, "urls": summary})
            )
    ok = total["errors"] == 0 and total["non2xx"] == 0
    print("PASS: 0 errors" if ok else "FAIL: errors or non-2xx answers")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
