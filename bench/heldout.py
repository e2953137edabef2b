"""Held-out sets: claimcheck against hand gold on events written after the rules they test.

    python bench/heldout.py                 # every set under tests/corpus/heldout
    python bench/heldout.py h10 -v          # one set, with every miss listed

Each set (`tests/corpus/heldout/<name>/`) is a folder of news reports in `corpus/`, three
outlets per event, and `gold.py`, written before claimcheck first ran on them: every fact two or
more reports state, with its verdict (agree or conflict), and trap facts ("single": a background
event's toll, a change beside a level) that must meet nothing. A mention is
`[doc, surface, value, ctx]`; `ctx` is a piece of its line when the surface alone is ambiguous,
and a value of None marks a conversion that belongs to the fact but is not compared.

Each set is run as one folder, as a user runs claimcheck, and scored:

- mentions found: gold mentions some claim's span overlaps;
- conflicts reported, and of them false: conflict groups holding no two mentions of one gold
  conflict, with different values, from two reports;
- caught: gold conflicts some conflict group holds that way;
- mixed groups: groups holding mentions of two gold facts;
- split agreements: gold agreements found in two reports or more whose mentions are not all in
  one group.

The sets were written one session apart (h6 ... h10), each in domains the earlier ones did not
cover; once scored, each was worked on, so only a set's first score measures rules on text they
were not shaped on (README, "Quality"). Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import runpy
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HELDOUT = ROOT / "tests" / "corpus" / "heldout"


@dataclass
class SetScore:
    name: str
    mentions: int = 0
    found: int = 0
    reported: int = 0
    false: list[str] = field(default_factory=list)
    conflicts: int = 0
    missed: list[str] = field(default_factory=list)
    groups: int = 0
    mixed: list[str] = field(default_factory=list)
    agreements: int = 0
    split: list[str] = field(default_factory=list)
    unfound: list[str] = field(default_factory=list)


def _locate(text: str, surface: str, ctx: str | None, doc: str) -> tuple[int, int]:
    """Offsets of a gold surface: on the first line holding it (and its context, if given)."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if (ctx or surface) in line and surface in line:
            at = line.index(ctx) if ctx else 0
            begin = line.index(surface, at) if surface in line[at:] else line.index(surface)
            return pos + begin, pos + begin + len(surface)
        pos += len(line)
    raise SystemExit(f"bench/heldout.py: gold surface {surface!r} (context {ctx!r}) is not in {doc}.txt")


def score_set(folder: Path) -> SetScore:
    import claimcheck
    from claimcheck.report import to_json

    facts = runpy.run_path(str(folder / "gold.py"))["F"]
    corpus_dir = folder / "corpus"
    report = to_json(claimcheck.load([corpus_dir]))
    score = SetScore(folder.name)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for claim in report["claims"]:
        by_doc[Path(claim["doc"]).name].append(claim)
    texts: dict[str, str] = {}
    mention_claim: dict[tuple[str, int], str] = {}
    claim_mentions: dict[str, list[tuple[dict, int]]] = defaultdict(list)
    for fact in facts:
        for i, mention in enumerate(fact["mentions"]):
            doc, surface = mention[0], mention[1]
            ctx = mention[3] if len(mention) > 3 else None
            if doc not in texts:
                texts[doc] = (corpus_dir / f"{doc}.txt").read_text(encoding="utf-8")
            start, end = _locate(texts[doc], surface, ctx, doc)
            score.mentions += 1
            hit = [c for c in by_doc[f"{doc}.txt"] if c["start"] < end and start < c["end"]]
            if hit:
                score.found += 1
                mention_claim[(fact["id"], i)] = hit[0]["id"]
                claim_mentions[hit[0]["id"]].append((fact, i))
            else:
                score.unfound.append(f"{fact['id']}: {doc} {surface!r}")
    group_of = {cid: g["id"] for g in report["groups"] for cid in g["claims"]}
    claims = {c["id"]: c for c in report["claims"]}

    def catches(group: dict, fact: dict) -> bool:
        docs_by_value: dict[object, set[str]] = defaultdict(set)
        for cid in group["claims"]:
            for other, i in claim_mentions.get(cid, []):
                mention = other["mentions"][i]
                if other["id"] == fact["id"] and mention[2] is not None:
                    docs_by_value[mention[2]].add(mention[0])
        return len(docs_by_value) >= 2 and len(set().union(*docs_by_value.values())) >= 2

    def shown(group: dict) -> str:
        sides = "; ".join(f"{claims[c]['doc'][:-4]}:{claims[c]['text']!r}" for c in group["claims"][:6])
        return f"{group['label']!r}: {sides}"

    conflict_groups = [g for g in report["groups"] if g["verdict"] == "conflict"]
    gold_conflicts = [f for f in facts if f["verdict"] == "conflict"]
    score.reported, score.conflicts, score.groups = len(conflict_groups), len(gold_conflicts), len(report["groups"])
    score.false = [shown(g) for g in conflict_groups if not any(catches(g, f) for f in gold_conflicts)]
    score.missed = [f["id"] for f in gold_conflicts if not any(catches(g, f) for g in conflict_groups)]
    for group in report["groups"]:
        named = sorted({f["id"] for cid in group["claims"] for f, _ in claim_mentions.get(cid, [])})
        if len(named) >= 2:
            score.mixed.append(f"{group['label']!r}: {named}")
    for fact in facts:
        if fact["verdict"] != "agree":
            continue
        score.agreements += 1
        found = [i for i in range(len(fact["mentions"])) if (fact["id"], i) in mention_claim]
        groups = {group_of.get(mention_claim[(fact["id"], i)]) for i in found}
        if len({fact["mentions"][i][0] for i in found}) >= 2 and (len(groups) > 1 or None in groups):
            score.split.append(f"{fact['id']}: {len(groups - {None})} groups" + (", some ungrouped" if None in groups else ""))
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="set names under tests/corpus/heldout (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    names = args.sets or sorted((p.name for p in HELDOUT.iterdir() if (p / "gold.py").exists()),
                                key=lambda name: int(name.lstrip("h")) if name.lstrip("h").isdigit() else 0)
    scores = [score_set(HELDOUT / name) for name in names]
    print("| set | mentions found | conflicts reported (false) | gold conflicts caught | mixed groups | split agreements |")
    print("|---|---|---|---|---|---|")
    for s in scores:
        print(f"| {s.name} | {s.found}/{s.mentions} | {s.reported} ({len(s.false)}) | "
              f"{s.conflicts - len(s.missed)}/{s.conflicts} | {len(s.mixed)}/{s.groups} | {len(s.split)}/{s.agreements} |")
    if len(scores) > 1:
        total = lambda attr: sum(getattr(s, attr) if isinstance(getattr(s, attr), int) else len(getattr(s, attr))  # noqa: E731
                                 for s in scores)
        reported, false, conflicts, missed = total("reported"), total("false"), total("conflicts"), total("missed")
        print(f"| all | {total('found')}/{total('mentions')} | {reported} ({false}): precision "
              f"{(reported - false) / reported if reported else 1:.2f} | {conflicts - missed}/{conflicts} = "
              f"{(conflicts - missed) / conflicts:.2f} | {total('mixed')}/{total('groups')} | "
              f"{total('split')}/{total('agreements')} |")
    if args.verbose:
        for s in scores:
            for title, rows in (("false conflicts", s.false), ("missed conflicts", s.missed), ("mixed groups", s.mixed),
                                ("split agreements", s.split), ("unfound mentions", s.unfound)):
                if rows:
                    print(f"\n### {s.name}: {title}\n")
                    print("\n".join(f"- {row}" for row in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
