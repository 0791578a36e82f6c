"""Regenerate docs/screenshot.png from a real run: ingest the sample pages, serve, photograph a document.

    .venv/bin/python docs/screenshot.py [../shared/samples] [DOC_FILE_NAME]

Uses Debian's chromium + chromedriver (headless), like the end-to-end tests.
"""

from __future__ import annotations

import io
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from rasd.ingest.run import ingest
from rasd.store.sqlite import Store
from rasd.web.app import create_app


def main() -> None:
    samples = sys.argv[1] if len(sys.argv) > 1 else "../shared/samples"
    doc_name = sys.argv[2] if len(sys.argv) > 2 else "001_ccd135a118f501bf.txt"
    tmp = Path(tempfile.mkdtemp(prefix="rasd-shot-"))
    db = tmp / "shot.db"
    store = Store(db)
    files = [str(p) for p in sorted(Path(samples).glob("*.txt"))]
    ingest(files, store, err=io.StringIO())
    doc = store.get_document(doc_name)
    assert doc is not None, doc_name
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    time.sleep(1.5)
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
              f"--user-data-dir={tmp / 'profile'}", "--window-size=1400,900", "--lang=ar"):
        opts.add_argument(a)
    drv = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    try:
        drv.get(f"http://127.0.0.1:{port}/doc/{doc.id}")
        time.sleep(1)
        out = Path(__file__).resolve().parent / "screenshot.png"
        drv.save_screenshot(str(out))
        print(out)
    finally:
        drv.quit()
        server.should_exit = True


if __name__ == "__main__":
    main()
