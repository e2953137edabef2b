"""A small newsroom of our own writing for the editorial CI tests: two stories on the Port Ardenne
tram extension that disagree on its cost, a third whose ridership figure disagrees with the one
the desk has verified, and the desk's fact sheet."""

from __future__ import annotations

from pathlib import Path

CITY_HALL = """\
# Harbour Line extension approved

PORT ARDENNE — The Harbour Line extension will cost €96 million, according to the council's budget papers.
Ridership on the Harbour Line reached 4.2 million passengers in 2025, the transit authority said.
"""

BUDGET = """\
# Port Ardenne passes its budget

PORT ARDENNE — Councillors approved the budget on Monday.
The Harbour Line extension will cost €69 million, according to the budget.
"""

WEEKLY = """\
# A record year on the Harbour Line

Ridership on the Harbour Line in Port Ardenne reached 4.5 million passengers in 2025.
"""

FACTS = """\
# Figures the desk has verified.

[[fact]]
measure = "Harbour Line ridership"
period = "2025"
value = "4.2 million"
unit = "passengers"
source = "https://transit.port-ardenne.example/annual-report-2025"
"""

DESK = {"city-hall.md": CITY_HALL, "budget.md": BUDGET, "weekly.md": WEEKLY, "facts.toml": FACTS}


def lay_out(folder: Path, files: dict[str, str]) -> list[Path]:
    """Write each text to a file of its name under `folder` (folders made as needed)."""
    paths = []
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
