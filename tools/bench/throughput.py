"""Throughput through the real server for `make bench` (tools/bench/run.py):
gunicorn started on a free port, and a keep-alive load of GET requests."""

import http.client
import os
import socket
import subprocess
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
LOAD_SECONDS = float(os.environ.get("BENCH_LOAD_SECONDS", "5"))
LOAD_THREADS = int(os.environ.get("BENCH_THREADS", "8"))
# What browsers send: static files and cached pages may come compressed.
ACCEPT_ENCODING = os.environ.get("BENCH_ACCEPT_ENCODING", "gzip, br")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, q):
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def load(port, targets, seconds=LOAD_SECONDS, threads=LOAD_THREADS, cookie="weltoffen_sprache=de"):
    """Requests per second (and latency p50) for `targets` [(host, path)], keep-alive."""
    stop = time.monotonic() + seconds
    counts, latencies, errors, lock = [0], [], [0], threading.Lock()

    def worker(offset):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        local, n = [], offset
        done = failed = 0
        while time.monotonic() < stop:
            host, path = targets[n % len(targets)]
            n += 1
            started = time.perf_counter()
            try:
                conn.request(
                    "GET",
                    path,
                    headers={
                        "Host": host,
                        "Cookie": cookie,
                        "Accept-Encoding": ACCEPT_ENCODING,
                    },
                )
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            except (OSError, http.client.HTTPException):
                failed += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            local.append(time.perf_counter() - started)
            done += 1
        conn.close()
        with lock:
            counts[0] += done
            errors[0] += failed
            latencies.extend(local)

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    started = time.monotonic()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.monotonic() - started
    return {
        "rps": round(counts[0] / elapsed, 1),
        "p50_ms": round(percentile(latencies, 50) * 1000, 1) if latencies else None,
        "errors": errors[0],
    }


class Server:
    def __init__(self, env, workers=2, threads=4):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                GUNICORN,
                "weltoffen.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--worker-class",
                "gthread",
                "--threads",
                str(threads),
                "--keep-alive",
                "30",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", "/robots.txt", headers={"Host": "localhost"})
                conn.getresponse().read()
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
