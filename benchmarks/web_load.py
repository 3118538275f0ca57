#!/usr/bin/env python3
"""The web workbench under load on loopback: page and event-list latency, cold and warm, and requests/s of the JSON API.

    python benchmarks/web_load.py [--db /tmp/chronica-web-bench.db] [--events 10000] \
        [--page-urls /,/api/events,/api/meta] [--rate-urls /api/health,/api/meta,/api/events?limit=50] \
        [--concurrency 8,32] [--requests 2000] [--tool auto|ab|python] [--json]

Builds (or reuses) a synthetic store of at least --events merged events (benchmarks/web_synth.py), serves it
with ``chronica.web.server.make_server`` (waitress, one process, its default threads) on 127.0.0.1 in a
child process, then

(a) for each page URL, the time to the first full response (request sent to last byte read) on a freshly
    started server (cold: its caches empty) and then warm (--warm repeats, p50/p95);
(b) for each rate URL and each concurrency, requests/s and latency p50/p95 from a real load tool: ApacheBench
    (``ab``, Debian's apache2-utils) when installed, else this script's own threaded client (``--tool python``).

A URL the server answers with 404 (an area not merged yet) is reported as such and skipped.
Targets (issue 7): the timeline of 10k events served in <= 1 s; >= 200 requests/s on the JSON API, one worker.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import http.client
import json
import multiprocessing as mp
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PAGE_URLS = ["/", "/api/events", "/api/meta"]
RATE_URLS = ["/api/health", "/api/meta", "/api/events?limit=50"]


def _urls(value: str) -> list[str]:
    urls = [u.strip() for u in value.split(",") if u.strip()]
    if not urls or any(not u.startswith("/") for u in urls):
        raise argparse.ArgumentTypeError("give paths starting with /, separated by commas")
    return urls


def _counts(value: str) -> list[int]:
    try:
        out = [int(v) for v in value.split(",") if v.strip()]
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {value!r}") from err
    if not out or any(n < 1 for n in out):
        raise argparse.ArgumentTypeError("concurrency must be >= 1")
    return out


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/chronica-web-bench.db"),
                    help="the synthetic store (built when missing or too small; kept between runs)")
    ap.add_argument("--events", type=int, default=10_000, help="at least this many merged events (default 10000)")
    ap.add_argument("--page-urls", type=_urls, default=list(PAGE_URLS),
                    help="comma-separated paths timed cold and warm (default: %(default)s)")
    ap.add_argument("--rate-urls", type=_urls, default=list(RATE_URLS),
                    help="comma-separated paths loaded for requests/s (default: %(default)s)")
    ap.add_argument("--concurrency", type=_counts, default=[8, 32], help="comma-separated (default 8,32)")
    ap.add_argument("--requests", type=int, default=2000, help="requests per load run (default 2000)")
    ap.add_argument("--warm", type=int, default=10, help="warm repeats per page URL (default 10)")
    ap.add_argument("--tool", choices=["auto", "ab", "python"], default="auto",
                    help="load tool: ab (ApacheBench) when installed, else the built-in threaded client")
    ap.add_argument("--keepalive", action="store_true", help="reuse connections (ab -k)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object too")
    return ap.parse_args(argv)


# -- the server, in its own process -----------------------------------------------------------------------------

def _serve(db: str, queue: Any) -> None:
    import logging

    from chronica.web.server import make_server

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "Task queue depth is N" under load

    server = make_server(db, "127.0.0.1", 0)
    queue.put(int(server.effective_port))
    server.run()


class Server:
    """``make_server`` over ``db`` in a child process on a free loopback port."""

    def __init__(self, db: Path) -> None:
        ctx = mp.get_context("spawn")
        queue = ctx.Queue()
        self.proc = ctx.Process(target=_serve, args=(str(db), queue), daemon=True)
        self.proc.start()
        self.port = int(queue.get(timeout=60))
        self.host = "127.0.0.1"
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                fetch(self.host, self.port, "/api/health")
                break
            except OSError:
                time.sleep(0.05)
        self.started = time.perf_counter()

    def settle(self, timeout: float = 120.0) -> float:
        """Wait until the server's start-up warm-up is done; seconds since it answered first."""
        import json as _json

        deadline = time.time() + timeout
        while time.time() < deadline:
            c = http.client.HTTPConnection(self.host, self.port, timeout=30)
            try:
                c.request("GET", "/api/health")
                if _json.loads(c.getresponse().read()).get("warm"):
                    break
            finally:
                c.close()
            time.sleep(0.05)
        return time.perf_counter() - self.started

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def close(self) -> None:
        self.proc.terminate()
        self.proc.join(10)


def fetch(host: str, port: int, path: str, conn: http.client.HTTPConnection | None = None) -> tuple[int, int, float]:
    """(status, body bytes, seconds from sending the request to the last byte)."""
    own = conn is None
    c = conn or http.client.HTTPConnection(host, port, timeout=120)
    try:
        t0 = time.perf_counter()
        c.request("GET", path, headers={"Accept": "*/*"})
        resp = c.getresponse()
        body = resp.read()
        return resp.status, len(body), time.perf_counter() - t0
    finally:
        if own:
            c.close()


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    if not s:
        return float("nan")
    k = min(len(s) - 1, max(0, round(q * (len(s) - 1))))
    return s[k]


# -- (a) latency of the pages -----------------------------------------------------------------------------------

def page_latency(db: Path, urls: list[str], warm: int) -> list[dict[str, Any]]:
    """Each URL on a fresh server (cold), then ``warm`` more times."""
    out = []
    for path in urls:
        server = Server(db)
        try:
            status, size, cold = fetch(server.host, server.port, path)
            row: dict[str, Any] = {"url": path, "status": status, "bytes": size, "cold_s": round(cold, 3)}
            if status == 404:
                row["note"] = "404: not on this branch yet"
            elif status == 200:
                times = [fetch(server.host, server.port, path)[2] for _ in range(warm)]
                row.update(warm_p50_s=round(_pct(times, 0.5), 3), warm_p95_s=round(_pct(times, 0.95), 3))
        finally:
            server.close()
        if row["status"] == 200:  # a fresh server again, asked once its start-up warm-up is done
            server = Server(db)
            try:
                row["warmup_s"] = round(server.settle(), 3)
                row["settled_s"] = round(fetch(server.host, server.port, path)[2], 3)
            finally:
                server.close()
        out.append(row)
    server = Server(db)  # the whole sequence, as a browser opening the timeline fetches it, on a fresh server
    try:
        total, statuses = 0.0, []
        for path in urls:
            status, _size, dt = fetch(server.host, server.port, path)
            statuses.append(status)
            total += dt if status == 200 else 0.0
        out.append({"url": " + ".join(u for u, st in zip(urls, statuses, strict=True) if st == 200),
                    "status": 200, "bytes": 0, "cold_s": round(total, 3), "sequence": True})
    finally:
        server.close()
    return out


# -- (b) requests per second ------------------------------------------------------------------------------------

_AB_FIELDS = {
    "rps": re.compile(r"Requests per second:\s+([\d.]+)"),
    "failed": re.compile(r"Failed requests:\s+(\d+)"),
    "non2xx": re.compile(r"Non-2xx responses:\s+(\d+)"),
    "p50": re.compile(r"^\s*50%\s+(\d+)", re.M),
    "p95": re.compile(r"^\s*95%\s+(\d+)", re.M),
}


def ab_run(url: str, n: int, c: int, keepalive: bool) -> dict[str, Any]:
    cmd = ["ab", "-q", "-n", str(n), "-c", str(c), "-s", "60"] + (["-k"] if keepalive else []) + [url]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: {proc.stderr.strip() or proc.stdout.strip()}")
    got: dict[str, Any] = {}
    for key, rx in _AB_FIELDS.items():
        m = rx.search(proc.stdout)
        got[key] = float(m.group(1)) if m else 0.0
    return {"rps": round(got["rps"], 1), "p50_ms": got["p50"], "p95_ms": got["p95"],
            "errors": int(got["failed"] + got["non2xx"])}


def python_run(host: str, port: int, path: str, n: int, c: int, keepalive: bool) -> dict[str, Any]:
    """The fallback load: ``c`` threads, ``n`` requests in all (a GIL-bound client: it under-reports)."""
    lat: list[float] = []
    errors = [0]
    lock = threading.Lock()
    per = [n // c + (1 if i < n % c else 0) for i in range(c)]

    def work(k: int) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=60) if keepalive else None
        mine = []
        bad = 0
        for _ in range(k):
            try:
                status, _size, dt = fetch(host, port, path, conn)
                mine.append(dt)
                bad += status != 200
            except OSError:
                bad += 1
                if conn is not None:
                    conn.close()
                    conn = http.client.HTTPConnection(host, port, timeout=60)
        with lock:
            lat.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=work, args=(k,)) for k in per]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {"rps": round(n / wall, 1), "p50_ms": round(_pct(lat, 0.5) * 1000, 1),
            "p95_ms": round(_pct(lat, 0.95) * 1000, 1), "errors": errors[0]}


def request_rates(db: Path, urls: list[str], concurrency: list[int], n: int, tool: str,
                  keepalive: bool) -> list[dict[str, Any]]:
    server = Server(db)
    server.settle()  # load the API as it runs all day, not its start-up warm-up
    out = []
    try:
        for path in urls:
            status, _size, _dt = fetch(server.host, server.port, path)  # warms the caches
            if status != 200:
                out.append({"url": path, "status": status, "note": f"{status}: skipped"})
                continue
            for c in concurrency:
                if tool == "ab":
                    row = ab_run(server.url(path), n, c, keepalive)
                else:
                    row = python_run(server.host, server.port, path, n, c, keepalive)
                out.append({"url": path, "status": status, "concurrency": c, "requests": n, **row})
    finally:
        server.close()
    return out


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores{', ' + cpu if cpu else ''}; {platform.system()} {platform.release()}; " \
           f"Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    tool = args.tool
    if tool == "auto":
        tool = "ab" if shutil.which("ab") else "python"
    if tool == "ab" and not shutil.which("ab"):
        print("ab not found (apt-get install -y apache2-utils); use --tool python", file=sys.stderr)
        return 2
    sys.path.insert(0, str(HERE))
    import web_synth

    t0 = time.perf_counter()
    events = web_synth.build(args.db, args.events)
    from chronica.store import Store

    store = Store.open(str(args.db))
    docs = len(store.documents(status="ok"))
    store.close()
    print(f"store {args.db}: {docs} documents, {events} merged events ({time.perf_counter() - t0:.1f} s to build or check)")
    print(f"machine: {machine()}; date {_dt.datetime.now(_dt.UTC):%Y-%m-%d %H:%M} UTC; load tool: "
          f"{'ApacheBench ' + _ab_version() if tool == 'ab' else 'built-in threaded urllib/http.client client'}"
          f"{' (keep-alive)' if args.keepalive else ''}")

    pages = page_latency(args.db, args.page_urls, args.warm)
    print("\n| URL | status | bytes | cold (fresh server, at once) | first after the start-up warm-up (its length) "
          "| warm p50 | warm p95 |\n| --- | --- | --- | --- | --- | --- | --- |")
    for r in pages:
        if r.get("sequence"):
            print(f"| {r['url']} (in turn, one fresh server) | 200 | | {r['cold_s']:.3f} s | | | |")
        elif r["status"] == 200:
            print(f"| {r['url']} | 200 | {r['bytes']:,} | {r['cold_s']:.3f} s | {r['settled_s']:.3f} s "
                  f"({r['warmup_s']:.1f} s) | {r['warm_p50_s']:.3f} s | {r['warm_p95_s']:.3f} s |")
        else:
            print(f"| {r['url']} | {r['status']} | | {r.get('note', '')} | | | |")

    rates = request_rates(args.db, args.rate_urls, args.concurrency, args.requests, tool, args.keepalive)
    print("\n| URL | concurrency | requests | req/s | p50 | p95 | errors |\n| --- | --- | --- | --- | --- | --- | --- |")
    for r in rates:
        if "rps" in r:
            print(f"| {r['url']} | {r['concurrency']} | {r['requests']} | {r['rps']:.0f} | {r['p50_ms']:g} ms | "
                  f"{r['p95_ms']:g} ms | {r['errors']} |")
        else:
            print(f"| {r['url']} | | | {r['note']} | | | |")
    if args.json:
        print(json.dumps({"events": events, "documents": docs, "tool": tool, "pages": pages, "rates": rates}))
    ok_pages = all(r.get("warm_p50_s", 0) <= 1.0 and r.get("settled_s", r["cold_s"]) <= 1.0
                   for r in pages if r["status"] == 200 and not r.get("sequence"))
    ok_rates = all(r["rps"] >= 200 for r in rates if "rps" in r)
    print(f"\ntargets: pages <= 1 s once warmed up at start, and warm: {'met' if ok_pages else 'NOT met'}; >= 200 req/s: "
          f"{'met' if ok_rates else 'NOT met'}")
    return 0


def _ab_version() -> str:
    try:
        out = subprocess.run(["ab", "-V"], capture_output=True, text=True, timeout=10).stdout
    except OSError:
        return ""
    m = re.search(r"Version\s+([\w.]+)", out)
    return m.group(1) if m else ""


if __name__ == "__main__":
    sys.exit(main())
