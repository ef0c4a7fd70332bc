"""`wenzheng serve`: the staff workspace and HTTP API on one port (see docs/web.md)."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import sys
from typing import Any

from wenzheng.errors import ConfigError
from wenzheng.settings import Settings

# The host is checked against the token before anything loads; the service is built here.
NEEDS_SERVICE = False

log = logging.getLogger(__name__)


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `serve` and return its parser."""
    p = subparsers.add_parser(
        "serve",
        help="the staff web workspace and HTTP API",
        description="Serve the pages and the JSON API (OpenAPI at /docs). Without "
        "WENZHENG_WEB_TOKEN only 127.0.0.1 is allowed. See docs/web.md.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--root-path", default="", help="URL prefix when a reverse proxy serves it under a path"
    )
    p.add_argument(
        "--forwarded-allow-ips",
        default="127.0.0.1",
        help="proxies whose X-Forwarded-* headers are trusted (default 127.0.0.1)",
    )
    p.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    return p


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_host(settings: Settings, host: str) -> None:
    """Without a token, refuse anything but loopback (ConfigError, one line)."""
    if settings.web_token is None and not is_loopback(host):
        raise ConfigError(
            f"refusing to listen on {host} without WENZHENG_WEB_TOKEN "
            "(set a token, or use --host 127.0.0.1)"
        )


def run(args: argparse.Namespace, settings: Settings, service: Any = None) -> int:
    """Check the host, load the core once, and serve until interrupted."""
    import uvicorn
    from wenzheng.bot.web.app import create_app

    check_host(settings, args.host)
    if not 0 < args.port < 65536:
        raise ConfigError(f"bad port {args.port}")
    if service is None:
        from wenzheng.bot.service import Wenzheng

        service = Wenzheng.from_settings(settings, progress=_progress)
    app = create_app(settings, service)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(
        f"问政工作台: http://{shown}:{args.port}{args.root_path}/ "
        f"({'token required' if settings.web_token else 'no token: loopback only'})",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        root_path=args.root_path,
        proxy_headers=True,
        forwarded_allow_ips=args.forwarded_allow_ips,
        log_level=args.log_level,
        server_header=False,
        timeout_graceful_shutdown=5,
    )
    return 0


def _progress(stage: str, done: int, total: int) -> None:
    """First-use index building, on one stderr line."""
    end = "\n" if done >= total else "\r"
    print(f"{stage}: {done}/{total} passages", end=end, file=sys.stderr, flush=True)
