"""Start the chat page (same as `backtalk serve`)."""

import sys

from assistant.cli import main

raise SystemExit(main(["serve", *sys.argv[1:]]))
