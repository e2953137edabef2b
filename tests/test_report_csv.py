"""The claims table as CSV without pandas: the same bytes as pandas' `to_csv` of `table_frame`,
on the claims of the dev corpus and data/, in batches of any size, and on cells pandas types by
inference (missing values, ints, floats, text with commas, quotes and line breaks)."""

import io
from pathlib import Path

import pytest

import claimcheck
from claimcheck.report import claim_records, row_cells, table_frame, write_csv_rows

ROOT = Path(__file__).parent.parent


def pandas_csv(batches: list[list[dict]]) -> str:
    out = io.StringIO()
    for n, batch in enumerate(batches):
        table_frame(map(row_cells, batch)).to_csv(out, header=n == 0, index=False, lineterminator="\n")
    return out.getvalue()


def our_csv(batches: list[list[dict]]) -> str:
    out = io.StringIO()
    for n, batch in enumerate(batches):
        write_csv_rows(out, [row_cells(r) for r in batch], header=n == 0)
    return out.getvalue()


@pytest.fixture(scope="module")
def records() -> list[dict]:
    corpus = claimcheck.load([ROOT / "tests" / "corpus" / "dev", ROOT / "data"], jobs=1)
    return claim_records(corpus)


@pytest.mark.parametrize("size", [1, 3, 7, 100, 5_000])
def test_same_bytes_as_pandas_on_real_claims(records, size):
    """Small batches hold columns of only missing values, only ints or only dates."""
    assert len(records) > 1000 and any(r["group"] for r in records)
    batches = [records[i:i + size] for i in range(0, len(records), size)]
    assert our_csv(batches) == pandas_csv(batches)


def test_same_bytes_as_pandas_on_awkward_cells(records):
    template = next(r for r in records if r["unit"] != "date" and r["precision"] is not None)
    awkward = [
        {**template, "text": 'said "about 5,000", then', "sentence": "line one\nline two, \"quoted\"\r\nend"},
        {**template, "precision": 100, "value": 5, "lower": None, "upper": float("inf"), "hedge": None},
        {**template, "precision": None, "value": 1e20, "lower": 1e-05, "upper": -0.0, "attribution": ","},
        {**template, "precision": 0.1, "value": 1234567.125, "lower": 0.30000000000000004, "group": "g1",
         "scope": ["China", "Russia"], "measure": ""},
    ]
    for batches in ([awkward], [awkward[:1], awkward[1:2]], [awkward[1:2]], [awkward[2:3], awkward[3:]], [[]]):
        assert our_csv(batches) == pandas_csv(batches)
