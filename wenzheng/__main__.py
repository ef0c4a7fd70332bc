"""`python -m wenzheng` runs the command line."""

import sys

from wenzheng.cli import main

sys.exit(main())
