"""Fetch axe-core (Deque's accessibility engine, MPL-2.0) from its maintainers' own npm
package, pinned and checked against the registry's integrity hash, into .venv/axe-core/.
`make install-test` runs it; tests/test_browser_desk.py reads axe.min.js from there.

    python tests/fetch_axe.py [DEST_DIR]
"""
from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "4.10.2"
URL = f"https://registry.npmjs.org/axe-core/-/axe-core-{VERSION}.tgz"
INTEGRITY = "sha512-RE3mdQ7P3FRSe7eqCWoeQ/Z9QXrtniSjp1wUjt5nRC3WIpz5rSCve6o3fsZ2aCpJtrZjSZgjwXAoTO5k4tEI0w=="
DEFAULT = Path(__file__).resolve().parent.parent / ".venv" / "axe-core"


def fetch(dest: Path = DEFAULT) -> Path:
    target = dest / f"axe-{VERSION}.min.js"
    if target.exists():
        return target
    with urllib.request.urlopen(URL, timeout=60) as resp:
        data = resp.read()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != INTEGRITY:
        sys.exit(f"axe-core {VERSION}: the download does not match the npm registry's integrity hash")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        source = tar.extractfile("package/axe.min.js").read()
    dest.mkdir(parents=True, exist_ok=True)
    target.write_bytes(source)
    return target


if __name__ == "__main__":
    print(fetch(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
