"""Throwaway servers for the fault tests: a redis-server and a PostgreSQL
cluster of their own, on a free loopback port, under a temporary directory.

Never the shared servers on 6379 and 5432: these are started, stopped and
restarted by the tests themselves, and removed afterwards.
"""

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

REDIS_SERVER = "/usr/bin/redis-server"
POSTGRES_BINARIES = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def _wait(condition, seconds=15.0, what="server"):
    """Poll `condition` a bounded number of times."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not come up")


class Redis:
    """`redis-server` without persistence: start(), stop(), start() again on
    the same port."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait(lambda: _answers(self.port), what="redis-server")

    def stop(self):
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None


class Postgres:
    """A PostgreSQL cluster run by the `postgres` OS user (initdb refuses
    root), trust authentication on loopback only."""

    def __init__(self):
        self.bin = Path(POSTGRES_BINARIES[-1]).parent
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="weltoffen-pg-"))
        self.data = self.dir / "data"
        shutil.chown(self.dir, "postgres", "postgres")

    @classmethod
    def attach(cls, directory, port):
        """The cluster another process set up (for a probe run in its own process)."""
        cluster = cls.__new__(cls)
        cluster.bin = Path(POSTGRES_BINARIES[-1]).parent
        cluster.port, cluster.dir = port, Path(directory)
        cluster.data = cluster.dir / "data"
        return cluster

    def url(self, name="postgres"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def _run(self, *args):
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60, cwd=self.dir)

    def _ctl(self, *args):
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "log"), "-w", *args)

    def init(self):
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        with open(self.data / "postgresql.auto.conf", "a") as conf:
            conf.write(f"port = {self.port}\nlisten_addresses = '127.0.0.1'\n")
            conf.write(f"unix_socket_directories = '{self.dir}'\nfsync = off\n")
        self.start()

    def start(self):
        self._ctl("start")
        _wait(lambda: _answers(self.port), what="PostgreSQL")

    def stop(self):
        self._ctl("stop", "-m", "fast")

    def restart(self):
        self._ctl("restart", "-m", "fast")

    def create_database(self, name):
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')

    def remove(self):
        if self.data.exists():
            with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
                self._ctl("stop", "-m", "immediate")
        shutil.rmtree(self.dir, ignore_errors=True)
