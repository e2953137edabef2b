"""`python -m claimcheck`: the same as the `claimcheck` command."""

from .cli import app

app(prog_name="claimcheck")
