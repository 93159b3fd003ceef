"""Memory figure for the production stack (issue 15): the proportional set size (PSS, from
/proc/PID/smaps_rollup) of gunicorn's master, its 2 workers and the task worker of
`deploy/prod-local.sh`, after some traffic, against a budget of 512 MiB; and whether
Sudachi's dictionary is mapped once and shared, or copied into each process.
A script to run by hand, not a test (bench/README.md).

    .venv/bin/python bench/memory.py                           # starts prod-local
    BENCH_URL=http://127.0.0.1:8000 .venv/bin/python bench/memory.py   # a running stack
    WARM_REQUESTS=200 BUDGET_MIB=512 ...

The mail sink (deploy/smtp_sink.py) is a stand-in for a relay that production does not
run on this machine: it is shown, and left out of the total. PostgreSQL is left out too
(a server of its own, shared with everything else on the machine).
"""

# ruff: noqa: T201, E402

import os
import sys
import threading
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.load import KEYWORD, Stack, posting_path, request

FIELDS = ("Rss", "Pss", "Pss_Anon", "Pss_File", "Pss_Shmem", "Private_Dirty", "Shared_Clean")


def rollup(pid):
    """{field: KiB} from /proc/PID/smaps_rollup."""
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, _, rest = line.partition(":")
        if rest.strip().endswith("kB"):
            values[name] = int(rest.split()[0])
    return values


def dictionary_mappings(pid):
    """(KiB of PSS, KiB of RSS) of the mappings of Sudachi's dictionary files (*.dic) in
    the process: how much of the dictionary it holds, and its share of it."""
    pss = rss = 0
    current = None
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5 and ":" in head[3]:
            current = head[5] if len(head) > 5 else ""
        elif current and current.endswith(".dic"):
            if line.startswith("Pss:"):
                pss += int(head[1])
            elif line.startswith("Rss:"):
                rss += int(head[1])
    return pss, rss


def other_mappers(stack_pids):
    """Processes outside the stack that map a Sudachi dictionary too (a test run, another
    stack): PSS divides shared pages among all of them, so the stack's figure is lower
    while they run."""
    others = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) not in stack_pids:
            try:
                maps = (entry / "maps").read_text()
            except OSError:
                continue
            if "sudachi" in maps and ".dic" in maps:
                others.append(int(entry.name))
    return others


def warm(base, count):
    """Traffic that loads what a day would: the pages, the keyword search (Sudachi in the
    web workers), a posting, the site search."""
    quoted = urllib.parse.quote(KEYWORD)
    paths = ["/", "/portal/", posting_path(base), f"/portal/?q={quoted}", f"/search/?q={quoted}"]
    # Distinct query strings go past the page cache, so each worker analyses text itself.
    paths += [f"/portal/?q={quoted}&n={i}" for i in range(4)]
    lock = threading.Lock()
    todo = [paths[i % len(paths)] for i in range(count)]

    def client():
        while True:
            with lock:
                if not todo:
                    return
                path = todo.pop()
            request(base, "GET", path)

    threads = [threading.Thread(target=client) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main():
    budget = float(os.environ.get("BUDGET_MIB", "512"))
    count = int(os.environ.get("WARM_REQUESTS", "200"))
    with Stack(name="memory") as stack:
        warm(stack.url, count)
        found = stack.processes()
        rows = [("gunicorn master", found["master"])]
        rows += [(f"gunicorn worker {i + 1}", pid) for i, pid in enumerate(found["workers"])]
        rows.append(("db_worker", found["db_worker"]))
        print(f"{stack.url}, {count} warm-up requests; KiB from /proc/PID/smaps_rollup")
        print(
            f"{'process':18} {'pid':>7} " + " ".join(f"{f:>13}" for f in FIELDS) + "   dic PSS/RSS"
        )
        total = dict.fromkeys(FIELDS, 0)
        for name, pid in [*rows, ("(sink, left out)", found["sink"])]:
            if pid is None:
                print(f"{name:18} {'-':>7} not found")
                continue
            values = rollup(pid)
            dic_pss, dic_rss = dictionary_mappings(pid)
            print(
                f"{name:18} {pid:7} "
                + " ".join(f"{values.get(f, 0):13,}" for f in FIELDS)
                + f"   {dic_pss:,}/{dic_rss:,}"
            )
            if not name.startswith("("):
                for f in FIELDS:
                    total[f] += values.get(f, 0)
        print(f"{'total':18} {'':7} " + " ".join(f"{total[f]:13,}" for f in FIELDS))
        others = other_mappers({pid for _, pid in rows} | {found["sink"]})
        print(f"dictionary also mapped outside the stack by {len(others)} processes {others[:8]}")
        mib = total["Pss"] / 1024
        missing = [name for name, pid in rows if pid is None]
    ok = mib <= budget and not missing
    verdict = "PASS" if ok else "FAIL"
    print(f"{verdict}: {mib:.1f} MiB PSS for master + workers + db_worker (budget {budget:g})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
