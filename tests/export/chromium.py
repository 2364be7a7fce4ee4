"""Drive Debian's headless Chromium over the DevTools protocol on a pipe: no Selenium, no websocket library.

``--remote-debugging-pipe`` makes Chromium read commands from fd 3 and write replies to fd 4,
one JSON message per NUL-terminated chunk.
"""

from __future__ import annotations

import fcntl
import json
import os
import queue
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_binary() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _above_4(fd: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


class DevToolsError(RuntimeError):
    pass


class Chromium:
    """One headless browser with one page; ``events`` collects what the page reported."""

    def __init__(self, binary: str, profile: Path, timeout: float = 30.0) -> None:
        self.timeout = timeout
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # Above fd 4, so that moving one end onto 3 cannot clobber the other before it is moved.
        to_browser_read, from_browser_write = (_above_4(to_browser_read), _above_4(from_browser_write))
        # bash (dash refuses fds above 9) moves our pipe ends onto fds 3 and 4, where Chromium expects them.
        script = f'exec "$0" "$@" 3<&{to_browser_read} 4>&{from_browser_write}'
        self.process = subprocess.Popen(
            ["bash", "-c", script, binary, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            pass_fds=(to_browser_read, from_browser_write),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._next_id = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self._inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.events: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=True)

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._from_browser, 65536):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for message in messages:
                self._inbox.put(json.loads(message))
        os.close(self._from_browser)
        self._inbox.put(None)

    def _receive(self) -> dict[str, Any]:
        try:
            message = self._inbox.get(timeout=self.timeout)
        except queue.Empty:
            raise DevToolsError("Chromium did not answer in time") from None
        if message is None:
            raise DevToolsError("Chromium closed the DevTools pipe")
        if "id" not in message:
            self.events.append(message)
        return message

    def call(self, method: str, *, session: bool = False, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise DevToolsError(f"{method}: {reply['error']}")
                return reply["result"]

    def wait_for(self, method: str, since: int = 0) -> dict[str, Any]:
        """The first ``method`` event received after the first ``since`` events."""
        for event in self.events[since:]:
            if event["method"] == method:
                return event
        while True:
            message = self._receive()
            if message.get("method") == method:
                return message

    def open(self, url: str) -> None:
        """Load ``url`` and wait for its load event (a change of fragment only loads nothing)."""
        start = len(self.events)
        result = self.call("Page.navigate", session=True, url=url)
        if "errorText" in result:
            raise DevToolsError(f"{url}: {result['errorText']}")
        if result.get("loaderId"):
            self.wait_for("Page.loadEventFired", since=start)

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise DevToolsError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_until(self, expression: str, timeout: float = 5.0) -> None:
        """Poll ``expression`` in the page until it is true (for work the page does after an event)."""
        self.evaluate(
            f"new Promise((resolve, reject) => {{ const end = Date.now() + {int(timeout * 1000)};"
            f" (function poll() {{ if ({expression}) resolve(true); else if (Date.now() > end) reject(new Error('timed out: ' + {json.dumps(expression)}));"
            " else setTimeout(poll, 20); })(); })"
        )

    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions, and browser log errors (CSP, failed loads)."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails'].get('exception', {}).get('description') or params['exceptionDetails'].get('text')}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                found.append(f"console.{params['type']}: {[a.get('value', a.get('description')) for a in params.get('args', [])]}")
            elif method == "Log.entryAdded" and params["entry"].get("level") in ("error", "warning"):
                found.append(f"log {params['entry']['level']}: {params['entry'].get('text')}")
        return found

    def close(self) -> None:
        try:
            os.write(self._to_browser, json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0")
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self._to_browser)
