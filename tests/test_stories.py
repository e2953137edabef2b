"""Stories: documents clustered by the names they share, weighted by how rare the names are."""

import itertools
import math
import random
from collections import Counter
from pathlib import Path

import pytest

from claimcheck import stories as stories_module
from claimcheck.extract import extract_claims
from claimcheck.ingest import from_text, read_source, sources
from claimcheck.measure import story_keys
from claimcheck.stories import STORY_SIMILARITY, UNRELATED_BELOW, Stories

DEV = Path(__file__).parent / "corpus" / "dev"


def keys_of(*folders: str) -> dict[str, frozenset[str]]:
    readable, _ = sources([DEV / folder for folder in folders])
    return {source.id: story_keys(read_source(source)) for source in readable}


def test_reports_of_two_events_of_one_kind_are_two_stories():
    """An Israeli shelling of a UN school in Gaza (2009) and a bombing of a refugee camp in South
    Sudan (2011): both 'attacks on civilians sheltering', told with different names."""
    names = keys_of("ecbplus/41ecb", "ecbplus/41ecbplus")
    found = Stories(names)
    gaza = [doc for doc in names if "41ecb/" in doc]
    sudan = [doc for doc in names if "41ecbplus/" in doc]
    assert {found.story_of(doc) for doc in gaza}.isdisjoint({found.story_of(doc) for doc in sudan})


def keys_with_ledes(*folders: str) -> dict[str, frozenset[str]]:
    readable, _ = sources([DEV / folder for folder in folders])
    documents = [read_source(source) for source in readable]
    return {d.id: story_keys(d, extract_claims(d)) for d in documents}


def test_two_quakes_in_one_place_whose_ledes_give_other_days_are_two_stories():
    """Two quakes near The Geysers, years apart: the same places, agencies and wording, but the
    2009 reports open with a quake on Sunday and the 2013 ones with a quake on Thursday."""
    names = keys_with_ledes("ecbplus/38ecb", "ecbplus/38ecbplus")
    found = Stories(names)
    sunday = [doc for doc in names if any(k.startswith("@earthquake:7:") for k in names[doc])]
    thursday = [doc for doc in names if any(k.startswith("@earthquake:4:") for k in names[doc])]
    assert len(sunday) >= 3 and len(thursday) >= 5
    assert all("38ecb/" in doc for doc in sunday) and all("38ecbplus/" in doc for doc in thursday)
    assert {found.story_of(doc) for doc in sunday}.isdisjoint({found.story_of(doc) for doc in thursday})
    # nor is a 2009 report that names no day of its own read as one of the 2013 story
    undated = [doc for doc in names if "38ecb/" in doc and doc not in sunday]
    assert undated and all(found.story_of(doc) == found.story_of(sunday[0]) for doc in undated)
    assert not any(found.related(doc) & set(thursday) for doc in sunday + undated)


@pytest.mark.parametrize(
    ("first", "second", "one_story"),
    [
        ("A gunman killed three people in a shooting at a Dayton bar on Sunday, Dayton police said.",
         "A gunman killed three people in a shooting at a Dayton bar on Thursday, Dayton police said.", False),
        # late at night one outlet's Sunday is another's Monday
        ("A gunman killed three people in a shooting at a Dayton bar late on Sunday, Dayton police said.",
         "A gunman killed three people in a shooting at a Dayton bar early Monday, Dayton police said.", True),
        # a day only one of them gives says nothing against the other
        ("A gunman killed three people in a shooting at a Dayton bar on Sunday, Dayton police said.",
         "A gunman killed three people in a shooting at a Dayton bar, Dayton police said.", True),
    ],
)
def test_ledes_days_apart_split_reports_that_share_their_names(first, second, one_story):
    documents = [from_text(text, doc_id=f"{i}.txt", path=f"{i}.txt") for i, text in enumerate((first, second))]
    names = {d.id: story_keys(d, extract_claims(d)) for d in documents}
    found = Stories(names)
    assert (found.story_of(documents[0].id) == found.story_of(documents[1].id)) is one_story


@pytest.mark.parametrize(
    ("text", "common", "names"),
    [
        ("Gunman kills 4 at Ohio warehouse, then himself\nA gunman killed four people on Tuesday, Police Chief Ray Dunn said.",
         {"gunman"}, {"ohio", "dunn", "ray"}),
        ("Bombs hit refugee camp\nFour bombs fell on the Yida Refugee Camp in South Sudan, south of the border.",
         {"bombs"}, {"yida", "refugee", "camp", "south", "sudan"}),
        ('Troops withdrew. "Rebels took the town," the rebels said of Misrata.',
         {"rebels"}, {"misrata"}),
    ],
)
def test_a_common_word_opening_a_headline_or_sentence_names_no_one(text, common, names):
    """A capital that only opens a line or a sentence, on a word the report also writes in lower
    case, is no name: two reports of different events share "Gunman" by chance. Inside a sentence
    a capital is a name's ("the Yida Refugee Camp", "South Sudan"), however common the word."""
    keys = story_keys(from_text(text, doc_id="a.txt", path="a.txt"))
    assert keys.isdisjoint(common) and names <= keys


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        ("Two dead after wedding meal\nThe girl died at the hospital in Nanded, and 40 were treated in Mudkhed.",
         {"nanded", "mudkhed"}, set()),
        ("Separately, the minister met Mohammed Ahmed in Ealing on Monday.",
         {"mohammed", "ahmed", "ealing"}, {"separately"}),
        ("Four Killed In Crash Near Reading\nFour people died when a lorry hit a bus, police in Berkshire said.",
         {"berkshire"}, {"killed"}),
        ("Striker Kelly Injured\nThe Injured Players Fund paid the costs of Sam Kelly, who was injured in March.",
         {"kelly", "sam"}, {"injured"}),
    ],
)
def test_a_name_ending_like_a_participle_is_a_story_key_where_the_report_never_writes_it_in_lower_case(
        text, names, not_names):
    """Names ending in -ed, -ing or -ly ("Nanded", "Ahmed", "Beijing", "Kelly") are names inside a
    sentence when the report never writes them in lower case; a headline verb in a title-cased
    line ("Four Killed In Crash"), an adverb opening a sentence, and a participle the report also
    writes in lower case are not."""
    keys = story_keys(from_text(text, doc_id="a.txt", path="a.txt"))
    assert names <= keys and keys.isdisjoint(not_names)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Gunman kills 4\nDAYTON FALLS, Ohio (AP) — A gunman killed four people on Tuesday.", {"dayton", "falls"}),
        ("Bank siege ends\nHAMILTON, Ohio (AP) — A gunman held nine people hostage on Friday.", {"hamilton"}),
        ("Quake hits Peru\nLIMA, April 14 (Reuters) - A strong earthquake shook southern Peru on Monday.", {"lima"}),
    ],
)
def test_the_place_a_wire_dateline_names_is_a_story_key(text, places):
    document = from_text(text, doc_id="a.txt", path="a.txt")
    assert any(reason == "dateline" for _, _, reason in document.boilerplate)
    assert places <= story_keys(document)


def test_a_wire_report_joins_the_local_reports_of_its_town_not_another_towns_story():
    """A short wire story whose town is named only in its dateline, among local reports of the
    same shooting and a wire story of a bank siege elsewhere in the state, in a folder of other
    news: "Gunman" opening both wire headlines and "Ohio" made the two wire stories alike, the
    shooting's wire report was no part of its own story, and the siege's "No one was injured"
    contradicted the shooting's wounded."""
    texts = {
        "wire.txt": "Gunman kills 4 at Ohio warehouse, then himself\n"
                    "DAYTON FALLS, Ohio (AP) — A gunman killed four people and wounded nine at a warehouse on "
                    "Tuesday before taking his own life, police said.\n"
                    "The shooter, a 19-year-old former employee, fired about 30 rounds, Police Chief Ray Dunn said.",
        "local.txt": "Five dead in Dayton Falls warehouse shooting\n"
                     "Five people, including the gunman, died in a shooting at a Dayton Falls warehouse on Tuesday.\n"
                     "Chief Ray Dunn said nine others were wounded.",
        "tv.txt": "Police say four people were killed and nine hurt when a former worker opened fire at a Dayton "
                  "Falls warehouse Tuesday.\nThe 19-year-old suspect shot himself, Chief Dunn said.",
        "siege.txt": "Gunman holds 9 hostages for 7 hours at Ohio bank before surrender\n"
                     "HAMILTON, Ohio (AP) — A gunman held nine people hostage inside a bank in southwest Ohio for "
                     "about seven hours on Friday before surrendering to police, authorities said.\n"
                     "No one was injured.\nThe suspect, 34, has been charged, Police Chief Dana Cole said.",
    }
    documents = [from_text(text, doc_id=name, path=name) for name, text in texts.items()]
    names = keys_of("ecbplus", "gvc") | {d.id: story_keys(d, extract_claims(d)) for d in documents}
    found = Stories(names)
    assert found.story_of("wire.txt") == found.story_of("local.txt") == found.story_of("tv.txt")
    assert found.story_of("siege.txt") != found.story_of("wire.txt")
    # nor is either close enough to the other to be compared: they share one name only, "Ohio"
    assert "siege.txt" not in found.related("wire.txt")


@pytest.mark.parametrize("folder", ["ecbplus/10ecbplus", "ecbplus/18ecbplus", "gvc/692025", "gvc/571922"])
def test_reports_of_one_event_are_one_story_among_others(folder):
    everything = keys_of("ecbplus", "gvc")
    found = Stories(everything)
    own = [doc for doc in everything if doc.startswith(folder + "/")]
    assert len(own) >= 3
    assert {found.story_of(doc) for doc in own} == {found.story_of(own[0])}
    assert found.members(own[0]) == frozenset(own)


def test_two_reports_sharing_a_fair_share_of_names_are_one_story():
    """Two documents alone (an editor's draft and the wire copy): every shared name is as rare as
    a name can be, so their similarity is the share of names they have in common."""
    wire = frozenset({"ardenne", "port", "hall", "mayor", "lemaire", "council", "budget", "tram"})
    draft = frozenset({"ardenne", "port", "lemaire", "council", "friday", "opposition"})
    elsewhere = frozenset({"texas", "houston", "council", "rodeo", "sheriff", "harris"})
    assert Stories({"wire": wire, "draft": draft}).members("draft") == {"wire", "draft"}
    assert Stories({"wire": wire, "other": elsewhere}).members("other") == {"other"}


def test_a_name_everyone_mentions_links_nobody():
    names = {"a": frozenset({"police", "smith"}), "b": frozenset({"police", "jones"}),
             "c": frozenset({"police", "smith"}), "d": frozenset({"police", "texas"})}
    found = Stories(names)
    assert 0 < found.similarity("a", "b") < STORY_SIMILARITY  # "police" is in every document: little weight
    assert found.members("a") == {"a", "c"}
    assert found.members("b") == {"b"}


def test_unknown_and_nameless_documents_are_their_own_story():
    found = Stories({"a": frozenset(), "b": frozenset({"x"})})
    assert found.members("a") == {"a"} and found.members("zzz") == {"zzz"}
    assert found.story_of("zzz") == "zzz"


def reference(names: dict[str, frozenset[str]], everywhere: int) -> list[list[str]]:
    """Average linkage the obvious way: every pair's cosine, every cluster pair's mean, merge the
    best until none reaches the threshold."""
    frequency = Counter(n for keys in names.values() for n in keys)
    total = len(names)

    def vector(doc):
        weights = {n: math.log((total + 1) / max(frequency[n], 2)) for n in names[doc]}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {n: w / norm for n, w in weights.items()} if norm else {}

    vectors = {doc: vector(doc) for doc in names}

    def similarity(a, b):
        cosine = sum(w * vectors[b].get(n, 0.0) for n, w in vectors[a].items() if frequency[n] <= everywhere)
        return cosine if cosine >= UNRELATED_BELOW else 0.0

    clusters = [[doc] for doc in sorted(names)]
    while True:
        best = None
        for x, y in itertools.combinations(range(len(clusters)), 2):
            mean = sum(similarity(a, b) for a in clusters[x] for b in clusters[y]) / (len(clusters[x]) * len(clusters[y]))
            key = (-mean, min(clusters[x][0], clusters[y][0]))
            if mean >= STORY_SIMILARITY - 1e-9 and (best is None or key < best[0]):
                best = (key, x, y)
        if best is None:
            return sorted(sorted(c) for c in clusters)
        _, x, y = best
        clusters[x] = sorted(clusters[x] + clusters[y])
        del clusters[y]


@pytest.mark.parametrize("everywhere", [2, 5, 64])
@pytest.mark.parametrize("seed", range(8))
def test_clustering_through_the_name_index_equals_the_obvious_way(seed, everywhere, monkeypatch):
    monkeypatch.setattr(stories_module, "EVERYWHERE_DOCS", everywhere)
    rng = random.Random(seed)
    pools = [[f"s{story}n{k}" for k in range(8)] for story in range(5)]
    common = ["police", "county", "monday"]
    names = {f"d{i:02}": frozenset(rng.sample(rng.choice(pools), rng.randint(1, 6)) + rng.sample(common, rng.randint(0, 2)))
             for i in range(24)}
    found = Stories(names)
    clusters = sorted(sorted(found.members(doc)) for doc in names)
    clusters = [c for i, c in enumerate(clusters) if c not in clusters[:i]]
    assert clusters == reference(names, everywhere)
    assert len(clusters) < len(names)  # the case is not trivial: some documents do join


def test_clusters_do_not_depend_on_input_order():
    rng = random.Random(7)
    names = {f"d{i}": frozenset(rng.sample([f"n{k}" for k in range(15)], 4)) for i in range(30)}
    shuffled = dict(rng.sample(sorted(names.items()), len(names)))
    first, second = Stories(names), Stories(shuffled)
    assert all(first.members(doc) == second.members(doc) for doc in names)


def test_a_story_republished_a_hundred_times_stays_one_story():
    """Copies count once against EVERYWHERE_DOCS: a syndicated story does not vanish into
    unrelated documents because its names are in too many of them."""
    wire = frozenset({"ovalle", "coquimbo", "chile", "onemi", "bachelet"})
    names = {f"copy{i:03}": wire for i in range(150)}
    names |= {"local": frozenset({"ovalle", "coquimbo", "onemi", "la serena", "hospital"}),
              "other": frozenset({"lima", "peru", "callao", "navy"})}
    found = Stories(names)
    assert found.members("copy000") == found.members("copy149") >= {f"copy{i:03}" for i in range(150)}
    assert "local" in found.related("copy042")
    assert found.members("other") == {"other"}


def one_heap_linkage(copies, pairs):
    """Average linkage in one heap over the whole corpus (the clustering before components): the
    same joins, run on every pair at once instead of component by component."""
    members = {first: list(docs) for first, docs in copies.items()}
    stories_module._link(members, [(a, b, similarity) for (a, b), similarity in pairs.items()])
    return [sorted(docs) for docs in members.values()]


@pytest.mark.parametrize("seed", range(6))
def test_clustering_by_components_equals_one_heap_over_the_corpus(seed):
    """Stories of overlapping name pools (wire stories that bridge two events, copies, names
    everyone mentions) come out the same clustered component by component as in one heap."""
    rng = random.Random(seed)
    pools = [[f"s{story}n{k}" for k in range(10)] for story in range(40)]
    common = [f"common{k}" for k in range(6)]
    names = {}
    for i in range(400):
        own = rng.randrange(len(pools))
        keys = rng.sample(pools[own], rng.randint(1, 7)) + rng.sample(common, rng.randint(0, 3))
        if rng.random() < 0.2:  # a report that also names a neighbouring story
            keys += rng.sample(pools[(own + 1) % len(pools)], rng.randint(1, 4))
        names[f"d{i:03}"] = frozenset(keys)
    names |= {f"copy{i}": names["d007"] for i in range(5)}
    vectors = stories_module._weighted(names)
    copies = stories_module._copies(names)
    pairs = stories_module._similarities({doc: vectors[doc] for doc in copies})
    found = stories_module._average_linkage(copies, pairs)
    assert sorted(found) == sorted(one_heap_linkage(copies, pairs))
    assert sum(len(c) > 1 for c in found) > 20  # not trivial: many documents join


def test_a_report_closer_to_its_own_story_is_not_read_as_of_another_that_shares_one_two_word_name():
    """Reports of two derailments, both naming "Network Rail": a report of the second is alike
    enough to the first's reports (two words in common) to pass the threshold, but is on average
    closer to its own story's reports, and is compared with those only."""
    common = frozenset({"network", "rail"})
    names = {
        "north/a.txt": common | {"carnford", "cumbria", "avanti"},
        "north/b.txt": common | {"carnford", "cumbria", "raib"},
        "north/c.txt": common | {"carnford", "avanti"},
        "south/a.txt": common | {"lairg", "inverness", "wick", "herald"},
        "south/b.txt": frozenset({"lairg", "inverness", "wick", "carmont", "scotrail"}),
        "south/c.txt": frozenset({"lairg", "inverness", "scotrail", "highland"}),
    } | {f"other/{n}.txt": frozenset({place, country}) for n, (place, country) in
         enumerate([("paris", "france"), ("berlin", "germany"), ("rome", "italy"), ("madrid", "spain")])}
    found = Stories(names)
    north = {doc for doc in names if doc.startswith("north/")}
    assert found.members("north/a.txt") == north
    assert found.related("south/a.txt").isdisjoint(north)


def test_two_towns_shootings_told_with_one_stations_boilerplate_are_not_related():
    """Two local TV reports of shootings months apart in two towns, each with a byline, a posted
    stamp, a tip line and a promotion of the station: "Staff", "Crime Stoppers", "TIPS" and "Stay
    with ... for updates" are no names of either story, so neither report is compared with the
    other (their wounded counts were a false conflict)."""
    texts = {
        "jackson.txt": "1 killed, 2 hurt in shooting at south Jackson gas station\n\nBy WJKN Staff\n"
                       "Published: Aug. 9, 2026 at 6:05 AM CDT\n\n"
                       "JACKSON, Miss. (WJKN) - One man is dead and two other people are hurt after a shooting at a "
                       "gas station in south Jackson late Saturday night.\n\n"
                       "Officers responded to the Marathon station on Ellis Avenue around 11:40 p.m.\n\n"
                       "Anyone with information is asked to call Crime Stoppers at 601-355-TIPS. Tips can be made "
                       "anonymously.\n\nThis is a developing story. Stay with WJKN News for updates.",
        "columbus.txt": "Teen killed, four wounded in shooting at east Columbus mall\n\nby: WCBN Staff\n"
                        "Posted: Nov 28, 2026 / 09:14 PM EST\n\n"
                        "COLUMBUS, Ohio (WCBN) — A 17-year-old boy died and four other people were wounded after "
                        "gunfire erupted inside an east Columbus mall Saturday.\n\n"
                        "Tips can be left anonymously with Crime Stoppers by calling 614-461-TIPS.\n\n"
                        "Stay with WCBN News for the latest on this story.",
    }
    documents = [from_text(text, doc_id=name, path=name) for name, text in texts.items()]
    names = keys_of("gvc") | {d.id: story_keys(d, extract_claims(d)) for d in documents}
    for document in documents:
        assert names[document.id].isdisjoint({"staff", "stay", "news"})
    found = Stories(names)
    assert "columbus.txt" not in found.related("jackson.txt")
    # the byline and the stamp are not lines of the lede: each report's lede dates its shooting
    assert any(k.startswith("@shooting:6:2026-08-08") for k in names["jackson.txt"])
    assert any(k.startswith("@") and ":6:2026-11-28:" in k for k in names["columbus.txt"])


def test_a_day_a_source_spoke_on_is_not_the_day_of_the_lede():
    """'Nordhem said on Thursday a ransomware attack had shut its payment systems': Thursday is
    when the company spoke; the attack began on Sunday, as another report's lede says."""
    text = ("Ransomware attack hits Nordic retailer\n"
            "STOCKHOLM, Feb 12 (Reuters) - Swedish retailer Nordhem said on Thursday a ransomware attack had shut "
            "its payment systems for three days.\n")
    document = from_text(text, doc_id="r.txt", path="r.txt")
    assert not any(k.startswith("@attack:4") for k in story_keys(document, extract_claims(document)))
