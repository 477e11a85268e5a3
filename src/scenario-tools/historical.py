"""Shared data and helpers for the historical scenarios (cold-war-1947, rebuilding-1950).

Money is in billions of 1950 US dollars: Maddison's GDP volumes (1990 Geary-Khamis dollars, the only series that
covers every state around 1950) times the ratio of the US's 1950 GDP in current dollars to its GK volume
($300bn / 1,456bn GK = 0.206). So the US economy is $300bn, and every other state is sized by its real output
relative to the US. Military spending is the Correlates of War figure (current US$) for the scenario's year.
These scenarios use the rules file rules/historical-1950s.json, whose per-person frontier is set at the 1950
price level (DESIGN §2's catch-up term), so the figures and the growth rule speak the same units.
"""
import csv
import json
import os

from common import add_to, dated_event, schedule_dated_events, territories_held
from states import ALL

HERE = os.path.dirname(os.path.abspath(__file__))
MAP = {c["id"]: c for c in json.load(open(os.path.join(HERE, "..", "..", "assets", "map", "world.json")))["countries"]}

GK_TO_1950_USD = 300.0 / 1455.9

SOURCES = [
    "Correlates of War Project (2021). National Material Capabilities, v6.0 (Singer, Bremer and Stuckey 1972; "
    "Greig and Enterline). CINC scores, military expenditure and total population by state and year. "
    "https://correlatesofwar.org/data-sets/national-material-capabilities/",
    "Maddison, A. (2003). The World Economy: Historical Statistics. OECD Development Centre, Paris. GDP in 1990 "
    "Geary-Khamis dollars, 1950 benchmark and regional GDP per person.",
    "US Bureau of Economic Analysis, National Income and Product Accounts, Table 1.1.5 (GDP 1950: $300bn current).",
    "United Nations, World Population Prospects (1950 estimates), for states outside the COW system.",
    "Marshall, M. G. and Gurr, T. R., Polity IV Project: Political Regime Characteristics, 1800-2018 "
    "(regime categories: polity >= 6 democracy, -5..5 hybrid, <= -6 autocracy; colonies: autocracy).",
    "Arms Control Association, Nuclear Weapons: Who Has What at a Glance (dates of first tests).",
]

# COW state abbreviations of the states the scenarios curate, to ISO alpha-3.
COW_TO_ISO = {
    "USA": "USA", "RUS": "RUS", "CHN": "CHN", "UKG": "GBR", "IND": "IND", "FRN": "FRA", "POL": "POL", "ITA": "ITA",
    "SPN": "ESP", "CAN": "CAN", "BRA": "BRA", "CZE": "CZE", "TUR": "TUR", "PAK": "PAK", "BEL": "BEL", "AUL": "AUS",
    "ARG": "ARG", "NTH": "NLD", "MEX": "MEX", "YUG": "SRB", "SWD": "SWE", "SAF": "ZAF", "EGY": "EGY", "ROM": "ROU",
    "IRN": "IRN", "HUN": "HUN", "THI": "THA", "GRC": "GRC", "PHI": "PHL", "BUL": "BGR", "INS": "IDN", "TAW": "TWN",
    "ROK": "KOR", "PRK": "PRK", "MYA": "MMR", "POR": "PRT", "DEN": "DNK", "SWZ": "CHE", "IRE": "IRL", "NEW": "NZL",
    "NOR": "NOR", "FIN": "FIN", "ICE": "ISL", "LUX": "LUX", "ALB": "ALB", "VEN": "VEN", "CHL": "CHL", "COL": "COL",
    "PER": "PER", "CUB": "CUB", "ISR": "ISR", "IRQ": "IRQ", "SYR": "SYR", "SAU": "SAU", "AFG": "AFG", "ETH": "ETH",
    "MON": "MNG", "AUS": "AUT", "GFR": "DEU", "JPN": "JPN",
}


# The map's modern states whose shapes a predecessor holds around 1950 (both historical scenarios): the Soviet
# Union's other union republics, Slovakia (Czechoslovakia), East Pakistan and Yugoslavia's republics.
SOVIET_REPUBLICS = "UKR BLR EST LVA LTU MDA GEO ARM AZE KAZ UZB TKM KGZ TJK".split()
ABSORBED_1950 = {**{x: "RUS" for x in SOVIET_REPUBLICS}, "SVK": "CZE", "BGD": "PAK",
                 **{x: "SRB" for x in "HRV SVN BIH MNE MKD XKX".split()}}


def cow(year):
    """{iso: {"cinc", "milex" ($bn current), "pop" (millions)}} for the COW states of a year."""
    path = os.path.join(HERE, "data", "nmc-6.0-excerpt.csv")
    out = {}
    with open(path) as f:
        for r in csv.DictReader(f):
            if int(r["year"]) == year and r["stateabb"] in COW_TO_ISO:
                milex = float(r["milex"])
                out[COW_TO_ISO[r["stateabb"]]] = {"cinc": float(r["cinc"]), "milex": max(0.0, milex) / 1e6,
                                                  "pop": float(r["tpop"]) / 1000, "milexKnown": milex >= 0}
    return out


# Maddison (2003) GDP 1950, billions of 1990 GK dollars, for the states curated by hand.
MADDISON_1950 = {
    "USA": 1455.9, "RUS": 510.2, "GBR": 347.9, "FRA": 220.5, "ITA": 165.0, "JPN": 161.0, "CHN": 245.0,
    "IND": 222.2, "CAN": 102.2, "ESP": 61.4, "POL": 60.7, "NLD": 60.6, "AUS": 61.3, "BEL": 47.2, "SWE": 47.3,
    "CHE": 42.5, "CZE": 43.4, "TUR": 34.3, "ARG": 85.5, "BRA": 89.3, "MEX": 67.4, "IDN": 66.4, "PAK": 50.0,
    "KOR": 16.0, "PRK": 7.3, "TWN": 7.4, "IRN": 28.1, "EGY": 19.3, "ZAF": 34.5, "DNK": 29.7, "NOR": 17.8,
    "FIN": 17.1, "AUT": 25.7, "GRC": 14.5, "PRT": 17.6, "IRL": 10.2, "HUN": 23.2, "ROU": 19.3, "BGR": 12.0,
    "SRB": 25.3, "ALB": 1.2, "NZL": 16.1, "LUX": 2.5, "ISL": 0.8, "PHL": 22.6, "THA": 16.4, "VEN": 37.4,
    "CHL": 23.3, "COL": 25.0, "PER": 17.6, "MNG": 0.3, "DEU": 213.9,
}

# Regional GDP per person in 1950 (Maddison 2003, GK$) and population 1950 / population circa 2015 (UN WPP),
# for the states not curated: a rough size so they weigh in the world economy about as much as they did.
REGION_1950 = {
    ("Africa", None): (894, 0.19),
    ("Asia", "Western Asia"): (1776, 0.20),
    ("Asia", "Central Asia"): (2841, 0.30),
    ("Asia", None): (634, 0.32),
    ("Americas", "Northern America"): (9561, 0.48),
    ("Americas", None): (2503, 0.27),
    ("Europe", "Eastern Europe"): (2111, 0.65),
    ("Europe", None): (4579, 0.74),
    ("Oceania", "Australia and New Zealand"): (7412, 0.35),
    ("Oceania", None): (1000, 0.30),
}


def estimate_1950(nid):
    """(gdp in 1950 US$ bn, population in millions, note) for a state not curated."""
    c = MAP[nid]
    key = (c["region"], c["subregion"]) if (c["region"], c["subregion"]) in REGION_1950 else (c["region"], None)
    per_person, pop_ratio = REGION_1950[key]
    pop = max(0.01, c["population"] * pop_ratio)
    gdp = max(0.01, pop * per_person / 1000 * GK_TO_1950_USD)
    return gdp, pop, (f"estimate: population = map figure (2015) x {pop_ratio} ({c['subregion']}, UN WPP 1950/2015), "
                      f"GDP = that x Maddison's 1950 regional GDP per person ({per_person} GK$) x 0.206")


# Polity IV around 1947-1950 (author's reading; polity >= 6 democracy, <= -6 autocracy). States that were colonies
# or under occupation are listed as autocracy (rule from outside) unless named here.
DEMOCRACY_1950 = set("""USA CAN GBR FRA ITA BEL NLD LUX NOR DNK SWE FIN ISL IRL CHE AUS NZL IND LKA ISR AUT CHL URY
CRI TUR PHL BRA DEU""".split())
HYBRID_1950 = set("""GRC COL ARG MEX ECU BOL PER LBN MMR IDN PAK BGD JPN KOR ZAF""".split())


def regime_1950(nid, overrides=None):
    overrides = overrides or {}
    if nid in overrides:
        return overrides[nid]
    if nid in DEMOCRACY_1950:
        return "democracy", "Polity IV c. 1950: democracy"
    if nid in HYBRID_1950:
        return "hybrid", "Polity IV c. 1950: anocracy (hybrid)"
    return "autocracy", "Polity IV c. 1950: autocracy, or colonial rule / occupation (not self-governing)"


def r(x):
    if x >= 100:
        return round(x, 1)
    if x >= 1:
        return round(x, 2)
    return round(x, 4)


def nations_1950s(year, curated, absorbed, overrides_regime, focus, nuclear, cinc_min, extra_notes, cinc_added=None,
                  figures=None):
    """Every state's entry for a 1947/1950 scenario.

    curated: {iso: dict of soft figures (softPower, stability, nationalism, reach, doctrine?, milexShare?,
             investShare? with investNote, note?)}
    absorbed: {iso: predecessor} states whose territory the predecessor holds (entries say so; no figures)
    focus: states the AI plays in full; all others are passive (the scenario's defaultDoctrine)
    """
    data = cow(year)
    # states COW leaves out (occupied) may be given an estimated score: COW's shares shrink to make room
    cinc_added = cinc_added or {}
    figures = figures or {}   # {iso: (gdp GK$ bn or None, population millions or None, source)} for non-COW states
    cinc_scale = 1 - sum(v for v, _ in cinc_added.values())
    out = []
    for nid in ALL:
        reg, reg_src = regime_1950(nid, overrides_regime)
        e = {"id": nid, "regime": reg}
        if nid in absorbed:
            e["source"] = (f"part of {absorbed[nid]} in {year}: its territory is held by {absorbed[nid]} "
                           f"(see territories), so this state starts absorbed")
            e["nuclear"] = 0
            out.append(e)
            continue
        src = []
        c = data.get(nid)
        if nid in figures:
            gk, pop, why = figures[nid]
            gk = gk if gk is not None else MADDISON_1950[nid]
            e["gdp"] = r(gk * GK_TO_1950_USD)
            e["population"] = r(pop if pop is not None else c["pop"])
            src.append(why)
        elif nid in MADDISON_1950:
            e["gdp"] = r(MADDISON_1950[nid] * GK_TO_1950_USD)
            src.append(f"GDP: Maddison 1950 {MADDISON_1950[nid]} bn GK$ x 0.206")
            pop = c["pop"] if c else None
            if pop is None:
                pop = estimate_1950(nid)[1]
                src.append("population: estimate (regional ratio, UN WPP)")
            else:
                src.append(f"population: COW NMC v6.0 {year}")
            e["population"] = r(pop)
        else:
            gdp, pop, note = estimate_1950(nid)
            if c:
                pop = c["pop"]
                gdp = gdp / max(0.01, estimate_1950(nid)[1]) * pop
                note = f"population: COW NMC v6.0 {year}; GDP: Maddison 1950 regional GDP per person x 0.206"
            e["gdp"] = r(gdp)
            e["population"] = r(pop)
            src.append(note)
        spec = curated.get(nid, {})
        if "milexShare" in spec:
            e["milexShare"] = spec["milexShare"]
            src.append(spec.get("milexNote", "military spending: see notes"))
        elif c and c["milexKnown"]:
            share = min(0.5, c["milex"] / e["gdp"])
            e["milexShare"] = round(share, 4)
            src.append(f"milex: COW NMC v6.0 {year} (${c['milex']:.3f}bn current) / GDP")
        if "investShare" in spec:
            e["investShare"] = spec["investShare"]
            src.append(spec.get("investNote", "investment: see notes"))
        e["nuclear"] = nuclear.get(nid, 0)
        for k in ("softPower", "stability", "nationalism", "reach"):
            if k in spec:
                e[k] = spec[k]
        if nid in cinc_added:
            e["cinc"], why = cinc_added[nid]
            src.append("cinc: " + why)
        elif c and c["cinc"] >= cinc_min:
            e["cinc"] = round(c["cinc"] * cinc_scale, 4)
            src.append(f"cinc: COW NMC v6.0 {year}" + (f" ({c['cinc']:.4f}) x {cinc_scale:.3f}" if cinc_scale != 1 else ""))
        e["doctrine"] = spec.get("doctrine", "balanced-realist") if nid in focus else "passive"
        if spec.get("note"):
            src.append(spec["note"])
        if nid in extra_notes:
            src.append(extra_notes[nid])
        src.append("regime: " + reg_src)
        e["source"] = "; ".join(src)
        out.append(e)
    return out


def war_remembered(rel, occupier, victims, bitter=()):
    """The Second World War as remembered: each victim, given as (state, hostility, opinion), holds that opinion of
    the occupier and remembers that hostility. One way only: an entry without its reverse applies both ways
    (FORMAT.md), which would make the occupier "remember" its victims' hostility, so each gets a reverse entry with
    no acts remembered (the Allies' war was the answer to its aggression) and a cool opinion of the victim: -30 of
    the states in bitter, -10 of the others."""
    for x, hostility, opinion in victims:
        rel(x, occupier, opinion, hostility)
        rel(occupier, x, -30 if x in bitter else -10, 0)


def first_atomic_test(event_id, nation, date, text):
    """The scripted event of a state's first atomic test: its nuclear level rises by 2 (none to minimal deterrent)."""
    return dated_event(event_id, date, text, [add_to(nation, "nuclear", 2)])


def scenario_1950s(scenario_id, title, start, summary, notes, sources, nations, absorbed, blocs, treaties, relations,
                   events, objectives, claims):
    """The contents of a historical scenario file: 40 half-year turns from start (YYYY-MM) under the 1950s rules,
    states out of focus passive, no sanctions or wars at the start. The territories are the absorbed states' shapes,
    the dated events are given their turns (in place), and the sources follow this module's SOURCES."""
    months_per_turn = 6
    schedule_dated_events(events, start, months_per_turn)
    return {
        "format": 1,
        "id": scenario_id,
        "title": title,
        "summary": summary,
        "difficulty": "normal",
        "startDate": start,
        "monthsPerTurn": months_per_turn,
        "turns": 40,
        "map": "map/world.json",
        "rules": "rules/historical-1950s.json",
        "defaultDoctrine": "passive",
        "notes": notes,
        "sources": SOURCES + sources,
        "nations": nations, "territories": territories_held(absorbed), "blocs": blocs, "treaties": treaties,
        "sanctions": [], "wars": [], "relations": relations, "events": events, "objectives": objectives,
        "claims": claims,
    }
