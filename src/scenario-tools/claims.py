"""Writes the "claims" lists of the shipped scenarios (FORMAT.md, "claims"): edit the claims here and rerun.

Usage: python3 src/scenario-tools/claims.py            (rewrites only the "claims" key of each scenario file)

Claims are statements the AI-only game must reproduce in most seeds; `balanced-realism claims <scenario>` checks
them. The scripted orders are long (one or two moves a turn), so they are generated here rather than typed.
Generating a scenario again (modern.py, ukraine.py, belt_and_road.py) keeps the claims already in its file.
"""
import json
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "assets", "scenarios")


def O(turn, kind, actor, target=None):
    """One scripted order."""
    o = {"turn": turn, "kind": kind, "actor": actor}
    if target:
        o["target"] = target
    return o


def insert(path, claims):
    """Replaces (or adds, last) the "claims" key of a scenario file, one claim per line, leaving the rest as is."""
    text = open(path, encoding="utf-8").read()
    d = json.loads(text)
    if "claims" in d:
        # replace the existing block
        start = text.index('  "claims": [')
        end = text.index("\n  ]", start) + 4
        text = text[:start] + "@@CLAIMS@@" + text[end:]
    else:
        assert text.endswith("  ]\n}\n"), path
        text = text[:-len("\n}\n")] + ",\n@@CLAIMS@@\n}\n"
    lines = ['  "claims": [']
    for j, c in enumerate(claims):
        lines.append("    " + json.dumps(c, ensure_ascii=False) + ("," if j < len(claims) - 1 else ""))
    lines.append("  ]")
    text = text.replace("@@CLAIMS@@", "\n".join(lines))
    json.loads(text)
    open(path, "w", encoding="utf-8").write(text)

# ---- ukraine-2022: the invasion is scripted (the scenario starts in January 2022, before it) ----
inv = [O(2, "INVADE", "RUS", "UKR")]  # turn 2 = February 2022
ukr = [
 {"id": "invasion-broad-sanctions", "text": "Russia's invasion (scripted, February 2022) brings sanctions on Russia from at least 5 more states within six months",
  "kind": "sanctions", "target": "RUS", "minSenders": 5, "newOnly": True, "byTurn": 8, "turns": 13, "orders": inv},
 {"id": "neighbours-move-into-alliance", "text": "Finland or Sweden leaves non-alignment within a year: a new alliance (or a shared coalition) with a NATO member",
  "kind": "alliance-forms", "sideA": ["FIN", "SWE"], "sideB": ["USA", "GBR", "DEU", "FRA", "NOR", "DNK", "EST", "LVA", "LTU", "POL"],
  "byTurn": 13, "orCoalition": True, "turns": 13, "orders": inv},
 {"id": "distant-powers-abstain", "text": "China and India impose no sanctions on Russia in the first year",
  "kind": "sanctions", "target": "RUS", "minSenders": 1, "byTurn": 13, "excludes": ["CHN", "IND"], "turns": 13, "orders": inv},
 {"id": "no-war-between-nuclear-powers", "text": "No direct war between nuclear powers in the first year",
  "kind": "no-war", "sideA": ["@nuclear"], "sideB": ["@nuclear"], "turns": 13, "orders": inv},
 {"id": "invader-growth-drops", "text": "Russia's yearly growth rate falls by at least 3 points in the year after the invasion (from January 2022, the first turn, when growth is first computed)",
  "kind": "figure-change", "state": "RUS", "figure": "growth", "change": "fall", "by": 3, "fromTurn": 1, "byTurn": 13, "turns": 13, "orders": inv},
]

# ---- belt-and-road-2013: China's economic expansion, scripted; and a military variant ----
# partners with no trade tie to China at the start (ACFTA members and the bilateral FTAs have one) and none of the
# neighbours whose own AI signs a trade agreement with China in the first turns in every seed (Nepal, Kyrgyzstan,
# Tajikistan, Mongolia, often Kazakhstan): a scripted proposal to them would be refused as already in force
trade = ["GEO", "BLR", "LKA", "KEN", "ETH", "UZB", "BGD", "MDV", "EGY", "NGA", "ZAF", "ARG", "BRA", "TUR", "IRN", "SAU", "HUN", "GRC", "DJI", "AGO"]
aid = ["PAK", "LKA", "KEN", "ETH", "KHM", "LAO", "MMR", "BGD", "NPL", "UZB", "KGZ", "TJK", "ZMB", "AGO", "DJI", "MDV", "SRB", "NGA", "TZA", "EGY"]
bri_turns = 20
bri = []
for t in range(1, bri_turns + 1):
    # the treasury pays for about one costly move a turn: investment on odd turns until its ceiling, aid otherwise
    paid = O(t, "INVEST_HOME", "CHN") if t % 2 == 1 and t < 8 else O(t, "DEVELOPMENT_AID", "CHN", aid[(t - 1) % len(aid)])
    bri += [O(t, "TRADE_AGREEMENT", "CHN", trade[(t - 1) % len(trade)]), paid]
partners = sorted({o["target"] for o in bri if "target" in o})
push = [O(1, "INVADE", "CHN", "VNM"), O(2, "INVADE", "CHN", "MMR"), O(3, "INVADE", "CHN", "MNG"), O(4, "INVADE", "CHN", "KGZ")]
bar = [
 {"id": "bri-wins-friends", "text": "Five years of Chinese trade deals, loans and investment raise the partners' mean opinion of China by 10 points",
  "kind": "opinion-change", "of": "CHN", "by": partners, "change": "rise", "points": 10, "turns": bri_turns, "orders": bri},
 {"id": "bri-soft-power", "text": "China's soft power rises by at least 3 points over the five years of economic expansion",
  "kind": "figure-change", "state": "CHN", "figure": "softPower", "change": "rise", "by": 3, "turns": bri_turns, "orders": bri},
 {"id": "bri-no-hard-balancing", "text": "Economic expansion alone provokes no coalition against China",
  "kind": "no-coalition-against", "target": "CHN", "turns": bri_turns, "orders": bri},
 {"id": "military-push-balanced", "text": "If China instead invades four neighbours in a row (Vietnam, Myanmar, Mongolia, Kyrgyzstan), a coalition forms against it within two years",
  "kind": "coalition-against", "target": "CHN", "byTurn": 8, "turns": 8, "orders": push},
]

# ---- modern-world: aggressors meet coalitions; investors do not; balancing prevents hegemony ----
aggressors = {
 "TUR": [["SYR"], ["IRQ"], ["ARM"], ["GEO"]],
 "POL": [["BLR"], ["UKR"], ["LTU", "cancel"], ["SVK", "cancel"]],
 "BRA": [["VEN"], ["COL"], ["PER"], ["BOL"]],
 "IDN": [["MYS"], ["PNG"], ["TLS"], ["PHL"]],
 "NGA": [["BEN"], ["NER"], ["TCD"], ["CMR"]],
 "IND": [["NPL"], ["BTN"], ["BGD"], ["MMR"]],
}
names = {"TUR": "Türkiye", "POL": "Poland", "BRA": "Brazil", "IDN": "Indonesia", "NGA": "Nigeria", "IND": "India"}
mw = []
for a, victims in aggressors.items():
    orders = []
    for t, v in enumerate(victims, 1):
        if len(v) > 1:
            orders.append(O(t, "CANCEL_TREATY", a, v[0]))
        orders.append(O(t, "INVADE", a, v[0]))
    extra = " (Poland first cancels its alliance with its NATO neighbours)" if a == "POL" else ""
    extra += " (the Philippines across the Celebes Sea: Indonesia has only three land neighbours)" if a == "IDN" else ""
    mw.append({"id": a.lower() + "-aggression-balanced",
               "text": f"{names[a]}, invading a different neighbour each turn for four turns ({', '.join(v[0] for v in victims)}), meets a coalition within six turns{extra}",
               "kind": "coalition-against", "target": a, "byTurn": 6, "turns": 6, "required": 0.8, "orders": orders})
inv_trade = ["BGD", "LKA", "NPL", "IDN", "VNM", "THA", "MYS", "PHL", "KEN", "NGA", "ZAF", "EGY", "SAU", "OMN", "BRA", "MEX", "ARG", "TUR", "KAZ", "UZB"]
inv_aid = ["NPL", "LKA", "BGD", "MDV", "BTN", "MMR", "AFG", "KEN", "TZA", "ETH", "MOZ", "UGA", "RWA", "GHA", "SEN", "MDG", "MUS", "KHM", "LAO", "ZMB"]
inv = []
for t in range(1, 21):
    paid = O(t, "INVEST_HOME", "IND") if t % 2 == 1 and t < 8 else O(t, "DEVELOPMENT_AID", "IND", inv_aid[t - 1])
    inv += [O(t, "TRADE_AGREEMENT", "IND", inv_trade[t - 1]), paid]
mw.append({"id": "ind-peaceful-growth-unbalanced",
           "text": "India growing only by investment, trade agreements and aid for five years meets no coalition",
           "kind": "no-coalition-against", "target": "IND", "turns": 20, "orders": inv})
mw.append({"id": "balancing-prevents-hegemony",
           "text": "Without balancing coalitions some state passes 40% of world power in more seeds than with them (ten years)",
           "kind": "share-above-more-often", "share": 0.4, "rules": {"coalition.balancing": 0}, "compareRules": {"coalition.balancing": 1}, "turns": 40,
           "open": "no state comes near 40% in ten years either way. Without balancing the predators fight more wars but their wars end in reparations at the first lead of 15 war-score points (a homeland costs 60), so conquest takes little land (seed 1: Russia wins four wars and annexes one state, its share falls from 3.1% to 2.6%); a winner that fights on for its aims was tried (Russia then takes seven neighbours in ten years and still stays near 3%: its forces wear down, a conquered economy counts at 80%) but it turns grievance wars into whole-state annexations (the United Kingdom annexes West Germany in rebuilding-1950), so it waits for war causes that exclude old grievances between allies. The only state near 40%, the United States (29%, drifting down as others catch up), is a status-quo democracy with no cause for conquest, facing great powers whose nuclear cores cannot be taken. Passing 40% would take conquering about a third of the world's economy; see chn-expansion-pays-only-unbalanced for the same question put to a state that expands"})
chn_push = [O(1 + 2 * k, "INVADE", "CHN", t) for k, t in enumerate(["VNM", "MMR", "MNG", "KGZ", "LAO", "NPL", "TJK", "KAZ", "BTN", "AFG"])]
mw.append({"id": "chn-expansion-pays-only-unbalanced",
           "text": "China, invading a neighbour every other turn for five years, still holds over 10% of world power after ten years in more seeds without balancing (coalitions and the many's embargo) than with it",
           "kind": "share-above-more-often", "state": "CHN", "share": 0.10, "rules": {"coalition.balancing": 0},
           "compareRules": {"coalition.balancing": 1}, "turns": 40, "orders": chn_push})
mw.append({"id": "no-hegemon",
           "text": "With balancing, no state ever holds more than 40% of world power in ten years",
           "kind": "max-share", "below": 0.4, "turns": 40})

base = sys.argv[1] if len(sys.argv) > 1 else OUT
insert(base + "/ukraine-2022.json", ukr)
insert(base + "/belt-and-road-2013.json", bar)
insert(base + "/modern-world.json", mw)
