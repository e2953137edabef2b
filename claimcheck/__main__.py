"""`python -m claimcheck`: the same as the `claimcheck` command."""

from .server import main

main()
