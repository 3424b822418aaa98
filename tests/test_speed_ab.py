"""benchmarks/speed_ab.py runs: the base revision imports beside this checkout and both
check the same articles (what it prints is a measurement, not asserted here)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_speed_ab_compares_this_checkout_with_a_revision():
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
    if head.returncode != 0:
        import pytest
        pytest.skip("not a git checkout")
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "speed_ab.py"), "--base", head.stdout.strip(),
                          "--rounds", "2", "--batch", "3"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[0].startswith("base ") and lines[1].startswith("this checkout: median ")
    assert "new/base, paired by round (2 x 3 articles): median " in lines[2]
    assert "Traceback" not in out.stderr and "FileNotFoundError" not in out.stderr
