"""Bring the knowledge store up to date with knowledge/ (same as `backtalk ingest`)."""

import sys

from assistant.cli import main

raise SystemExit(main(["ingest", *sys.argv[1:]]))
