"""`python -m wenzheng` runs the command line."""

import sys

from wenzheng.cli.app import main

sys.exit(main())
