"""The staff web workspace and HTTP API (`wenzheng serve`): the only room importing FastAPI.

`app.create_app(settings, service)` wires the JSON API (`api.py`) and the server-rendered
pages (`pages.py`, `templates/`, `static/`) over the shared core; `auth.py` holds the token
and session cookie; `views.py` shapes results for the pages and the exports.
"""
