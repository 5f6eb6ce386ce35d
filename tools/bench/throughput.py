"""Throughput through the real server for `make bench` (tools/bench/run.py):
gunicorn started on a free port, and a keep-alive load of GET requests.

The load comes from wrk (Debian's package, `make bench` installs it), two
threads and 16 connections as in issue 12: a client written in C takes
little of the two CPUs it shares with the server, so that the static file,
the baseline every figure is a ratio of, is limited by the server and not by
the client. Without wrk (or with BENCH_CLIENT=python) a Python client with
BENCH_THREADS keep-alive threads does the same, at a lower baseline.
"""

import http.client
import json
import os
import shutil
import socket
import subprocess
import tempfile
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


WRK = None if os.environ.get("BENCH_CLIENT") == "python" else shutil.which("wrk")
WRK_THREADS, WRK_CONNECTIONS = 2, 16
# Cycles through the targets; reports the figures as one JSON line.
WRK_SCRIPT = """
local targets = {%(targets)s}
local n = 0
request = function()
  n = n + 1
  local t = targets[(n %% #targets) + 1]
  return wrk.format("GET", t[2], {["Host"] = t[1], ["Cookie"] = "%(cookie)s",
                                  ["Accept-Encoding"] = "%(encoding)s"})
end
done = function(summary, latency, requests)
  local e = summary.errors
  local line = 'WRK {"requests": %%d, "duration_us": %%d, "p50_us": %%d, "errors": %%d}\\n'
  io.write(string.format(line, summary.requests, summary.duration, latency:percentile(50),
    e.connect + e.read + e.write + e.timeout + e.status))
end
"""


def load_wrk(port, targets, seconds, cookie):
    quoted = [(host, path.replace('"', "%22")) for host, path in targets]
    listed = ", ".join(f'{{"{host}", "{path}"}}' for host, path in quoted)
    script = WRK_SCRIPT % {"targets": listed, "cookie": cookie, "encoding": ACCEPT_ENCODING}
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        lua.write(script)
        lua.flush()
        out = subprocess.run(
            [
                WRK,
                f"-t{WRK_THREADS}",
                f"-c{WRK_CONNECTIONS}",
                f"-d{max(1, round(seconds))}s",
                "--latency",
                "-s",
                lua.name,
                f"http://127.0.0.1:{port}/",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    line = next(line for line in out.splitlines() if line.startswith("WRK "))
    figures = json.loads(line[4:])
    return {
        "rps": round(figures["requests"] / (figures["duration_us"] / 1e6), 1),
        "p50_ms": round(figures["p50_us"] / 1000, 1),
        "errors": figures["errors"],
    }


def load(port, targets, seconds=LOAD_SECONDS, threads=LOAD_THREADS, cookie="weltoffen_sprache=de"):
    """Requests per second (and latency p50) for `targets` [(host, path)], keep-alive."""
    if WRK and seconds >= 1:
        return load_wrk(port, targets, seconds, cookie)
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


def median_run(runs):
    """The median of several loads of one target (by rps), with every rate:
    the static baseline is measured at the start, middle and end of a
    server's run, as the machine's speed drifts by 10–15 % within minutes."""
    ordered = sorted(runs, key=lambda run: run["rps"])
    return {**ordered[len(ordered) // 2], "samples_rps": [run["rps"] for run in runs]}


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
                # wrk opens its 16 keep-alive connections at once and keeps them;
                # whichever worker accepts first may take all of them, and the
                # other idles for the whole run (seen: 2.94 against 0.21 CPU
                # seconds in 3 s, the rate halved at random, static files
                # included). At most half of them per worker splits them evenly.
                "--worker-connections",
                str(max(threads, WRK_CONNECTIONS // workers)),
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
