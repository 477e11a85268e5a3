"""Shared helpers for the scenario builders: nation entries, bloc member lists, JSON output."""
import json
import os

from states import ALL

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "assets", "scenarios"))

NUCLEAR = {"USA": 3, "RUS": 3, "GBR": 3, "FRA": 3, "CHN": 3, "IND": 2, "PAK": 2, "ISR": 2, "PRK": 2, "IRN": 1}

EU27 = "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE".split()
ASEAN = "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM".split()
NATO_1999 = "USA CAN GBR FRA DEU ITA ESP PRT NLD BEL LUX DNK NOR ISL TUR GRC POL CZE HUN".split()
NATO_2004 = NATO_1999 + "BGR EST LVA LTU ROU SVK SVN".split()
NATO_2009 = NATO_2004 + "ALB HRV".split()
NATO_2020 = NATO_2009 + "MNE MKD".split()          # 30 members, 2020-2023
NATO_2024 = NATO_2020 + "FIN SWE".split()          # 32 members from March 2024
CSTO = "RUS BLR ARM KAZ KGZ TJK".split()
GCC = "SAU ARE KWT QAT BHR OMN".split()
AFRICA54 = """DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB
KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ZMB
ZWE""".split()
assert len(EU27) == 27 and len(NATO_2024) == 32 and len(NATO_2020) == 30 and len(AFRICA54) == 54


def r(x, nd=3):
    """Round to a sensible number of significant digits for a data file."""
    if x is None:
        return None
    if abs(x) >= 100:
        return round(x, 1) if abs(x) < 1000 else round(x)
    return round(x, nd)


def S(x):
    """A military figure given as a share of GDP."""
    return ("share", x)


def curator(store, gdp_src, pop_src, judge_src, milex_year):
    """Returns cur(id, gdp, population, milex-or-S(share), softPower, stability, nationalism, reach, ...)
    that records a fully curated nation entry into store."""
    def cur(nid, gdp, pop, milex, sp, stab, nat, reach, doctrine=None, milsrc=None, gdpsrc=None, popsrc=None):
        e = {"gdp": gdp, "population": pop, "nuclear": NUCLEAR.get(nid, 0), "softPower": sp, "stability": stab,
             "nationalism": nat, "reach": reach}
        if isinstance(milex, tuple):
            e["milexShare"] = milex[1]
            ms = milsrc or f"milex: SIPRI {milex_year} ≈{milex[1] * 100:.1f}% of GDP"
        else:
            e["milex"] = milex
            ms = milsrc or f"milex: SIPRI {milex_year} (${milex}bn)"
        if doctrine:
            e["doctrine"] = doctrine
        e["source"] = "; ".join([gdpsrc or gdp_src, ms, popsrc or pop_src, judge_src])
        assert nid not in store, nid
        store[nid] = e
    return cur


def nation(nid, regime, regime_src, curated=None, basic=None, doctrine=None, fig_src=None):
    """One nation entry. curated: dict of full figures; basic: (gdp, population, note)."""
    e = {"id": nid, "regime": regime}
    parts = []
    if curated:
        for k in ("gdp", "population", "milex", "milexShare", "nuclear", "softPower", "stability",
                  "nationalism", "doctrine", "reach"):
            if k in curated and curated[k] is not None:
                e[k] = curated[k]
        parts.append(curated["source"])
    elif basic:
        gdp, pop, note = basic
        if gdp is not None:
            e["gdp"] = gdp
        if pop is not None:
            e["population"] = pop
        if nid in NUCLEAR:
            e["nuclear"] = NUCLEAR[nid]
        parts.append(note if note else fig_src)
    elif nid in NUCLEAR:
        e["nuclear"] = NUCLEAR[nid]
    if doctrine and "doctrine" not in e:
        e["doctrine"] = doctrine
    parts.append("regime: " + regime_src)
    if not curated and not basic:
        parts.append("other figures: map defaults (circa 2015)")
    e["source"] = "; ".join(p for p in parts if p)
    return e


def territories_held(absorbed):
    """The scenario's "territories" list: each absorbed state's shape held by its owner, sorted by territory."""
    return [{"territory": t, "owner": o} for t, o in sorted(absorbed.items())]


def bloc(i, name, kind, members):
    """One "blocs" entry."""
    return {"id": i, "name": name, "type": kind, "members": members}


def treaty(kind, a, b, name):
    """One "treaties" entry between a and b."""
    return {"type": kind, "a": a, "b": b, "name": name}


def relations_recorder():
    """Returns (relations, rel): an empty "relations" list and rel(a, b, opinion=None, hostility=None), which appends
    a's view of b to it (a figure left as None is left out of the entry)."""
    relations = []

    def rel(a, b, opinion=None, hostility=None):
        e = {"a": a, "b": b}
        if opinion is not None:
            e["opinion"] = opinion
        if hostility is not None:
            e["hostility"] = hostility
        relations.append(e)
    return relations, rel


def dated_event(event_id, date, text, effects=None, act=None):
    """One scripted event of YYYY-MM (seen by all); schedule_dated_events turns the date into its turn."""
    e = {"id": event_id, "date": date, "visibility": "all", "text": text}
    if effects is not None:
        e["effects"] = effects
    if act is not None:
        e["act"] = act
    return e


def add_to(nation, field, amount):
    """An event effect that adds amount to a nation's figure."""
    return {"nation": nation, "field": field, "add": amount}


def multiply(nation, field, factor):
    """An event effect that multiplies a nation's figure by factor."""
    return {"nation": nation, "field": field, "multiply": factor}


def hostile_act(actor, victim, severity, kind):
    """An event's act: written into hostility as a played act of that kind and severity would be."""
    return {"actor": actor, "victim": victim, "severity": severity, "kind": kind}


def turn_of(date, start, months):
    """Turn on which an event of YYYY-MM falls (turn 1 begins at the start date YYYY-MM)."""
    m = (int(date[:4]) - int(start[:4])) * 12 + int(date[5:7]) - int(start[5:7])
    return m // months + 1


def schedule_dated_events(events, start, months):
    """Turns each event's "date" (YYYY-MM) into its "turn" and puts the date in front of its text (in place)."""
    for e in events:
        date = e.pop("date")
        e["turn"] = turn_of(date, start, months)
        e["text"] = date + ": " + e["text"]
    return events


def write(scenario, filename):
    path = os.path.join(OUT, filename)
    ids = [n["id"] for n in scenario["nations"]]
    assert sorted(ids) == sorted(ALL), set(ALL) ^ set(ids)
    if "claims" not in scenario and os.path.exists(path):
        # claims are written into the scenario file by claims.py (FORMAT.md, "claims"): regenerating keeps them
        with open(path, encoding="utf-8") as f:
            old = json.load(f)
        if "claims" in old:
            scenario = dict(scenario, claims=old["claims"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(dumps(scenario))
    print("wrote", path, os.path.getsize(path), "bytes")


def dumps(scenario):
    """Readable JSON: one top-level key per line, one list item (nation, treaty, relation...) per line."""
    lines = ["{"]
    keys = list(scenario)
    for i, k in enumerate(keys):
        v = scenario[k]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(v, list) and v:
            lines.append(f"  {json.dumps(k)}: [")
            for j, item in enumerate(v):
                c = "," if j < len(v) - 1 else ""
                lines.append("    " + json.dumps(item, ensure_ascii=False) + c)
            lines.append("  ]" + comma)
        else:
            lines.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"
