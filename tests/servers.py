"""Starting real servers on loopback for tests: a free port and a wait until it accepts connections."""

from __future__ import annotations

import socket
import subprocess
import time


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(proc: subprocess.Popen, port: int, what: str, seconds: float = 120) -> None:  # type: ignore[type-arg]
    """Return once 127.0.0.1:port accepts connections; fail if the process exits or time runs out."""
    deadline = time.monotonic() + seconds
    while True:
        assert proc.poll() is None, f"{what} exited"
        assert time.monotonic() < deadline, f"{what} did not start within {seconds:.0f} s"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
