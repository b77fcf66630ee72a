"""A loopback HTTP server (python http.server) for a site folder."""
from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".woff2": "font/woff2",
        ".woff": "font/woff",
        ".webmanifest": "application/manifest+json",
    }

    def log_message(self, format, *args):  # keep pytest output clean
        pass

    def log_request(self, code="-", size="-"):
        try:
            status = int(code)
        except (TypeError, ValueError):
            status = 0
        self.server.request_log.append((self.command, self.path, status, self.headers.get("Referer")))

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


class SiteServer:
    """Serves `directory` on 127.0.0.1 on a random free port, in a thread."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(self.directory)))
        self.httpd.daemon_threads = True
        self.httpd.request_log = []
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="site-server", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def request_log(self) -> list:
        return self.httpd.request_log

    def url(self, path: str) -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def __enter__(self) -> "SiteServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
