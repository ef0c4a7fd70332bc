"""The staff token: a bearer header for the API, a signed HttpOnly session cookie for pages.

With no `WENZHENG_WEB_TOKEN` there is nothing to check (the server then listens on loopback
only, see `cli.py`). The cookie holds an expiry time and an HMAC of it under a key derived
from the token, so changing the token logs everybody out and nothing secret is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time

from fastapi import HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from wenzheng.settings import Settings

COOKIE = "wenzheng_session"
_bearer = HTTPBearer(auto_error=False, description="WENZHENG_WEB_TOKEN")

log = logging.getLogger(__name__)


class LoginRequired(Exception):
    """A page was asked for without a valid session; the app redirects to the login form."""


class Auth:
    """Checks of the staff token, for one app."""

    def __init__(self, settings: Settings) -> None:
        token = settings.web_token.get_secret_value() if settings.web_token else ""
        self._token = token.encode()
        self._key = hmac.new(self._token, b"wenzheng-web-session", hashlib.sha256).digest()
        self.max_age = settings.web_session_hours * 3600

    @property
    def enabled(self) -> bool:
        """True when a token is configured."""
        return bool(self._token)

    def token_matches(self, candidate: str) -> bool:
        """Constant-time comparison with the configured token."""
        return self.enabled and hmac.compare_digest(candidate.encode(), self._token)

    def new_session(self, now: float | None = None) -> str:
        """A cookie value valid for the configured hours: `expiry.signature`."""
        expiry = str(int((now or time.time()) + self.max_age))
        return f"{expiry}.{self._sign(expiry)}"

    def session_valid(self, value: str | None, now: float | None = None) -> bool:
        """True for an unexpired cookie value this app signed."""
        expiry, _, signature = (value or "").partition(".")
        if not expiry.isdigit() or not hmac.compare_digest(signature, self._sign(expiry)):
            return False
        return int(expiry) > (now or time.time())

    def _sign(self, expiry: str) -> str:
        return hmac.new(self._key, f"staff|{expiry}".encode(), hashlib.sha256).hexdigest()


def _client(request: Request) -> str:
    """Who asked, for security logs (the address, never what they sent)."""
    return request.client.host if request.client else "unknown"


def _auth(request: Request) -> Auth:
    auth: Auth = request.app.state.auth
    return auth


async def require_token(request: Request) -> None:
    """API dependency: `Authorization: Bearer <token>` when a token is configured."""
    auth = _auth(request)
    if not auth.enabled:
        return
    credentials: HTTPAuthorizationCredentials | None = await _bearer(request)
    if credentials is None or not auth.token_matches(credentials.credentials):
        log.warning("API request without a valid token from %s", _client(request))
        raise HTTPException(
            401, "需要令牌：Authorization: Bearer …", {"WWW-Authenticate": "Bearer"}
        )


async def require_login(request: Request) -> None:
    """Page dependency: a valid session cookie when a token is configured."""
    auth = _auth(request)
    if auth.enabled and not auth.session_valid(request.cookies.get(COOKIE)):
        raise LoginRequired()


def safe_next(target: str | None) -> str:
    """A local path to go to after login; anything else (other sites, `//host`) becomes `/`."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
