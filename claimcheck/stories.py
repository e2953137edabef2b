"""Stories: which documents report the same event.

A folder of news mixes many events, and the same kind of event recurs: two shootings, two
quakes near one town, two pirate attacks in one gulf. Claims are compared only between
documents of one story, so "2 killed" in one shooting never contradicts "3 killed" in another.

A document is described by the names it mentions (`measure.story_keys`), each weighted by how
rare it is in the corpus (inverse document frequency: "Gulf of Aden" says more than "police").
Two documents' similarity is the cosine of those weighted name sets. Documents are then
clustered by average linkage: two groups of documents join when the mean similarity of all
their pairs is at least STORY_SIMILARITY. Averaging is what keeps events apart: a wire story
that mentions two shootings links to both, but the two stories' other reports do not link to
each other, so their mean stays low. Names in very many distinct documents ("police", "Washington")
say nothing about which story a report tells: they count in a document's length but add nothing
to a similarity (`EVERYWHERE_DOCS`), which also keeps the work linear in the corpus. Copies (documents naming exactly the same names) start as one story and count as
one document for that limit, so a wire story republished a hundred times stays one story.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date

STORY_SIMILARITY = 0.15  # mean cosine of weighted names at which two groups of documents join
UNRELATED_BELOW = 0.05  # documents less alike than this count as unrelated (similarity 0)
EVERYWHERE_DOCS = 64  # names in more distinct documents than this link no two documents
JOIN_MARGIN = 1e-9  # below STORY_SIMILARITY, what rounding could lift a mean by

LEDE_MARK = "@"  # story keys that start with it are ledes (`lede_key`), not names
DAYS_APART = 2  # two ledes of one kind of event this many days apart or more report two events

Names = Mapping[str, frozenset[str]]


def lede_key(event: str, weekday: int, day: date | None, victim: str = "") -> str:
    """The story key of a report's lede: the kind of event its opening lines date, the day (the
    weekday, and the date when known) and the victim's age when it gives one: "@earthquake:7::"
    is a quake on a Sunday, "@shooting:7:2025-11-02:4 year" the shooting of a 4-year-old."""
    return f"{LEDE_MARK}{event}:{weekday}:{day.isoformat() if day else ''}:{victim}"


Lede = tuple[str, int, date | None, str]  # event, weekday, date, victim


def _lede(key: str) -> Lede:
    """A lede key read back (`lede_key`)."""
    event, weekday, day, victim = key[len(LEDE_MARK):].split(":")
    return event, int(weekday), date.fromisoformat(day) if day else None, victim


def _ledes_apart(a: frozenset[Lede], b: frozenset[Lede]) -> bool:
    """Whether two documents' ledes put one kind of event DAYS_APART days apart or more (by the
    dates when both are known, else by the weekdays), unless they name one victim (then one of
    them misdates the event: a conflict to report, not two events)."""
    for event_a, weekday_a, day_a, victim_a in a:
        for event_b, weekday_b, day_b, victim_b in b:
            if event_a != event_b or (victim_a and victim_a == victim_b):
                continue
            if day_a and day_b:
                gap = abs((day_a - day_b).days)
            else:
                gap = abs(weekday_a - weekday_b)
                gap = min(gap, 7 - gap)
            if gap >= DAYS_APART:
                return True
    return False


class Stories:
    """The documents of a corpus clustered into stories; `story_of(doc)` names a document's
    story (its first document), `members(doc)` lists the documents of that story, and
    `related(doc)` adds those as similar to `doc` as a story's documents must be on average."""

    def __init__(self, names: Names) -> None:
        ledes = {doc: frozenset(_lede(k) for k in keys if k.startswith(LEDE_MARK)) for doc, keys in names.items()}
        self.vectors = _weighted(names)
        # Copies (documents naming exactly the same names: syndicated wire copy, republished
        # releases) are one story from the start, and are compared with others once.
        self.copies = _copies(names)
        self._first = {doc: first for first, docs in self.copies.items() for doc in docs}
        self._story: dict[str, str] = {}
        self._members: dict[str, frozenset[str]] = {}
        self._related: dict[str, frozenset[str]] = {}
        similarities = _similarities({doc: self.vectors[doc] for doc in self.copies})
        # two reports that date one kind of event days apart in their ledes report two events
        self._similarities = similarities = {
            pair: value for pair, value in similarities.items()
            if not (ledes[pair[0]] and ledes[pair[1]] and _ledes_apart(ledes[pair[0]], ledes[pair[1]]))}
        for members in _average_linkage(self.copies, similarities):
            shared = frozenset(members)
            story = min(members)
            for doc in members:
                self._story[doc] = story
                self._members[doc] = shared
        self._close: dict[str, set[str]] = defaultdict(set)
        story_ledes: dict[str, frozenset[Lede]] = defaultdict(frozenset)
        for doc, keys in ledes.items():
            story_ledes[self.story_of(doc)] |= keys
        own = self._own_similarities(similarities)
        for (a, b), similarity in similarities.items():
            # a report close to one of another story reads as of that story too, unless the two
            # stories' ledes date their events days apart (a report that names no day of its own,
            # among reports of the other quake), or the two share one name only (two short wire
            # stories from towns of one state: "Ohio"); two words in common may be one name too
            # ("Network Rail" in reports of two derailments): then each must be as close to the
            # other as, on average, to its own story's reports
            ledes_a, ledes_b = story_ledes[self.story_of(a)], story_ledes[self.story_of(b)]
            if similarity < STORY_SIMILARITY or (ledes_a and ledes_b and _ledes_apart(ledes_a, ledes_b)):
                continue
            shared = len(self.vectors[a].keys() & self.vectors[b].keys())
            if shared >= 2 and (shared > 2 or similarity >= min(own.get(a, 0.0), own.get(b, 0.0))):
                self._close[a].update(self.copies[b])
                self._close[b].update(self.copies[a])
        for copies in self.copies.values():
            for doc in copies[1:]:
                self._close[doc] = self._close[copies[0]]

    def _own_similarities(self, similarities: Mapping[tuple[str, str], float]) -> dict[str, float]:
        """Each document's mean similarity to the other documents of its story (copies aside); a
        document alone in its story has none."""
        sums: dict[str, float] = defaultdict(float)
        for (a, b), similarity in similarities.items():
            if self.story_of(a) == self.story_of(b):
                sums[a] += similarity
                sums[b] += similarity
        own = {}
        for doc in self.copies:
            others = len({self._first.get(d, d) for d in self.members(doc)}) - 1
            if others:
                own[doc] = sums.get(doc, 0.0) / others
        return own

    def story_of(self, doc: str) -> str:
        return self._story.get(doc, doc)

    def members(self, doc: str) -> frozenset[str]:
        """The documents of `doc`'s story, `doc` included."""
        return self._members.get(doc, frozenset({doc}))

    def related(self, doc: str) -> frozenset[str]:
        """The documents whose claims may be compared with `doc`'s: its story's, and any as close
        to it by themselves (a report that joined a neighbouring story still reads as one of
        this story to the reports it shares most with)."""
        if doc not in self._related:
            self._related[doc] = self.members(doc) | self._close.get(doc, set())
        return self._related[doc]

    def similarity(self, a: str, b: str) -> float:
        """The similarity the clustering used for two documents (1 for copies; 0 below
        UNRELATED_BELOW or when they share only names found everywhere)."""
        first_a, first_b = self._first.get(a, a), self._first.get(b, b)
        if first_a == first_b:
            return 1.0 if self.vectors.get(a) else 0.0
        return self._similarities.get((min(first_a, first_b), max(first_a, first_b)), 0.0)


def _copies(names: Names) -> dict[str, list[str]]:
    """The documents of each distinct set of names, under the first of them (documents that name
    nothing are each their own)."""
    by_names: dict[frozenset[str], list[str]] = defaultdict(list)
    alone: dict[str, list[str]] = {}
    for doc in sorted(names):
        if names[doc]:
            by_names[frozenset(names[doc])].append(doc)
        else:
            alone[doc] = [doc]
    return {docs[0]: docs for docs in by_names.values()} | alone


def _weighted(names: Names) -> dict[str, dict[str, float]]:
    """Each document's names weighted by inverse document frequency (smoothed, so that a name in
    every document still counts a little; a name in one document weighs as much as the rarest
    shared one, so in a corpus of two the similarity is the plain share of names in common),
    scaled to unit length. Frequencies count distinct sets of names: copies of one story do not
    make its names common."""
    distinct = {frozenset(keys) for keys in names.values()}
    frequency: Counter[str] = Counter()
    for keys in distinct:
        frequency.update(keys)
    total = len(distinct)
    idf = {name: math.log((total + 1) / max(count, 2)) for name, count in frequency.items()}
    weighted: dict[frozenset[str], dict[str, float]] = {}
    for keys in distinct:
        weights = {name: idf[name] for name in sorted(keys) if not name.startswith(LEDE_MARK)}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        weighted[keys] = {name: w / norm for name, w in weights.items()} if norm else {}
    return {doc: weighted[frozenset(names[doc])] for doc in sorted(names)}


def _similarities(vectors: dict[str, dict[str, float]]) -> dict[tuple[str, str], float]:
    """Similarity of every pair of documents at least UNRELATED_BELOW alike, found through an
    index of names (not by comparing every pair): each shared name adds its two weights' product
    to the pair's sum, except names found everywhere (in more than EVERYWHERE_DOCS distinct
    documents), which weigh in a document's length but link no one. The products of names held
    by the same number of documents are formed in one array operation."""
    import numpy  # 0.2 s to load: only runs that cluster stories pay it, not `index`

    docs = sorted(vectors)
    count = len(docs)
    held_names: list[str] = []
    held_weights: list[float] = []
    held_by: list[int] = []
    for i, doc in enumerate(docs):
        vector = vectors[doc]
        held_names.extend(vector)
        held_weights.extend(vector.values())
        held_by.extend([i] * len(vector))
    numbers: dict[str, int] = {}  # each name's number, in the order names are first met
    name_of = numpy.array([numbers.setdefault(n, len(numbers)) for n in held_names], dtype=numpy.int64)
    # The holdings name by name, each name's holders in document order
    order = numpy.argsort(name_of, kind="stable")
    holder, weight = numpy.array(held_by, dtype=numpy.int64)[order], numpy.array(held_weights)[order]
    holders = numpy.bincount(name_of)
    starts = numpy.concatenate(([0], numpy.cumsum(holders)[:-1]))
    linking = numpy.flatnonzero((holders > 1) & (holders <= EVERYWHERE_DOCS))
    sizes, first_named = numpy.unique(holders[linking], return_index=True)
    keys, products = [], []
    for size in sizes[numpy.argsort(first_named)].tolist():  # sizes in the order names were first met
        named = linking[holders[linking] == size]
        at = starts[named][:, None] + numpy.arange(size)  # names x holders
        index, weights = holder[at], weight[at]
        first, second = numpy.triu_indices(size, 1)
        keys.append((index[:, first] * count + index[:, second]).ravel())
        products.append((weights[:, first] * weights[:, second]).ravel())
    if not keys:
        return {}
    pair_keys, position = numpy.unique(numpy.concatenate(keys), return_inverse=True)
    totals = numpy.bincount(position, weights=numpy.concatenate(products))
    kept = totals >= UNRELATED_BELOW
    return {(docs[a], docs[b]): total for a, b, total in
            zip((pair_keys[kept] // count).tolist(), (pair_keys[kept] % count).tolist(), totals[kept].tolist())}


def _average_linkage(copies: Mapping[str, list[str]], pairs: dict[tuple[str, str], float]) -> list[list[str]]:
    """Clusters of documents, starting from each set of copies: repeatedly join the two clusters
    whose pairs of documents have the highest mean similarity (pairs not found count as 0), while
    that mean is at least STORY_SIMILARITY. Ties go to the alphabetically first pair, so the
    result does not depend on input order.

    A mean is at most its largest term, so two clusters can join only through a pair that
    reaches the threshold: the clustering never crosses the components that such pairs connect,
    and each component is clustered by itself (the same joins, in small heaps)."""
    members: dict[str, list[str]] = {first: list(docs) for first, docs in copies.items()}
    for component in _components(pairs):
        _link(members, component)
    return [sorted(docs) for docs in members.values()]


def _components(pairs: dict[tuple[str, str], float]) -> list[list[tuple[str, str, float]]]:
    """The pairs of each component of the graph of pairs at least STORY_SIMILARITY alike (less a
    rounding margin), in their given order; pairs between two components are left out."""
    parent: dict[str, str] = {}

    def root(doc: str) -> str:
        while (up := parent.get(doc, doc)) != doc:
            parent[doc] = doc = parent.get(up, up)
        return doc

    for (a, b), similarity in pairs.items():
        if similarity >= STORY_SIMILARITY - JOIN_MARGIN:
            parent.setdefault(a, a)
            parent.setdefault(b, b)
            first, second = root(a), root(b)
            if first != second:
                parent[max(first, second)] = min(first, second)
    components: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for (a, b), similarity in pairs.items():
        if a in parent and b in parent and (top := root(a)) == root(b):
            components[top].append((a, b, similarity))
    return list(components.values())


def _link(members: dict[str, list[str]], pairs: list[tuple[str, str, float]]) -> None:
    """Average linkage of one component's clusters (`members`, updated in place)."""
    sums: dict[str, dict[str, float]] = defaultdict(dict)
    for a, b, similarity in pairs:
        sums[a][b] = sums[b][a] = similarity * len(members[a]) * len(members[b])
    heap = [(-sums[a][b] / (len(members[a]) * len(members[b])), a, b)
            for a, b, similarity in pairs if similarity >= STORY_SIMILARITY]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        if -negative != sums[a].get(b, 0.0) / (len(members[a]) * len(members[b])):
            continue  # stale: one side has grown since this entry was pushed
        kept, gone = (a, b) if a < b else (b, a)
        members[kept] += members.pop(gone)
        for other, total in sums.pop(gone).items():
            del sums[other][gone]
            if other != kept:
                sums[kept][other] = sums[other][kept] = sums[kept].get(other, 0.0) + total
        size = len(members[kept])
        for other, total in sums[kept].items():
            mean = total / (size * len(members[other]))
            if mean >= STORY_SIMILARITY:
                heapq.heappush(heap, (-mean, min(kept, other), max(kept, other)))
