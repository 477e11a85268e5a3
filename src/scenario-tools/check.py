"""Checks scenario files against assets/scenarios/FORMAT.md (format 1).

Usage: python3 src/scenario-tools/check.py [file.json ...]   (default: every assets/scenarios/*.json)
Exit status 0 when every file passes; each problem is printed as "file: where: problem".
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from states import ALL  # noqa: E402

STATES = set(ALL)
# Nuclear status by year: (first year, level) steps per state, from the first test (or, for Israel, the accepted
# date of an operational weapon). Levels: 1 threshold, 2 minimal deterrent, 3 assured second strike. Sources: SIPRI
# Yearbook, Arms Control Association "Nuclear Weapons: Who Has What at a Glance". A state's level is the last step
# whose year is at or before the scenario's start year.
NUCLEAR_STEPS = {
    "USA": [(1945, 3)],                       # Trinity, July 1945
    "RUS": [(1949, 2), (1960, 3)],            # USSR first test Aug 1949; ICBMs and SLBMs from about 1960
    "GBR": [(1952, 2), (1968, 3)],            # Hurricane Oct 1952; Polaris submarines from 1968
    "FRA": [(1960, 2), (1971, 3)],            # Gerboise Bleue Feb 1960; first SSBN patrol 1971
    "CHN": [(1964, 2), (1981, 3)],            # first test Oct 1964; DF-5 ICBM deployed 1981
    "ISR": [(1967, 2)],                       # believed operational on the eve of the 1967 war
    "IND": [(1974, 1), (1998, 2)],            # Smiling Buddha 1974 (a "peaceful" test); weaponised, Pokhran-II 1998
    "PAK": [(1987, 1), (1998, 2)],            # threshold by the late 1980s; Chagai tests May 1998
    "PRK": [(1994, 1), (2006, 2)],            # plutonium programme frozen 1994; first test Oct 2006
    "IRN": [(2003, 1)],                       # enrichment revealed 2002-03: threshold state
    "ZAF": [(1982, 1), (1991, 0)],            # built six devices in the 1980s, dismantled 1989-91
}
# What the game assumes when a nation entry leaves "nuclear" out (the map's fixed list, FORMAT.md).
MAP_NUCLEAR = {"USA": 3, "RUS": 3, "GBR": 3, "FRA": 3, "CHN": 3, "IND": 2, "PAK": 2, "ISR": 2, "PRK": 2}
DOCTRINES = {"offensive-realist", "defensive-realist", "balanced-realist", "liberal-institutionalist", "passive"}


def nuclear_status(state, year):
    """Nuclear level of a state in a given year (0 if it had none)."""
    level = 0
    for since, lvl in NUCLEAR_STEPS.get(state, []):
        if year >= since:
            level = lvl
    return level
REGIMES = {"democracy", "hybrid", "autocracy"}
TOP = {"format", "id", "title", "summary", "difficulty", "startDate", "monthsPerTurn", "turns", "map", "rules",
       "defaultDoctrine", "sources", "nations", "territories", "blocs", "treaties", "sanctions", "wars",
       "relations", "events", "injects", "objectives", "notes", "claims"}  # claims: checked by the game (validate, claims)
REQUIRED_TOP = {"format", "id", "title", "summary", "startDate", "monthsPerTurn", "turns", "nations"}
NATION_KEYS = {"id", "gdp", "population", "milex", "milexShare", "nuclear", "regime", "softPower", "stability",
               "nationalism", "doctrine", "reach", "source", "cinc", "name", "military", "treasury", "quality",
               "investShare"}
EFFECT_FIELDS = {"gdp", "military", "stability", "softPower", "treasury", "nationalism", "nuclear"}


def check(path):
    errs = []
    name = os.path.basename(path)

    def err(where, msg):
        errs.append(f"{name}: {where}: {msg}")

    try:
        with open(path, encoding="utf-8") as f:
            s = json.load(f)
    except (OSError, ValueError) as e:
        return [f"{name}: cannot read: {e}"]

    def num(where, v, lo=None, hi=None, integer=False, positive=False):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            err(where, f"not a number: {v!r}")
            return
        if integer and v != int(v):
            err(where, f"not an integer: {v}")
        if positive and v <= 0:
            err(where, f"must be > 0: {v}")
        if lo is not None and v < lo or hi is not None and v > hi:
            err(where, f"{v} outside [{lo}, {hi}]")

    def state(where, v):
        if v not in STATES:
            err(where, f"unknown state id {v!r}")

    for k in s:
        if k not in TOP:
            err("top", f"unknown key {k!r}")
    for k in REQUIRED_TOP:
        if k not in s:
            err("top", f"missing key {k!r}")
    if s.get("format") != 1:
        err("format", "must be 1")
    if not re.fullmatch(r"[a-z0-9-]+", str(s.get("id", ""))):
        err("id", "lower-case letters, digits and hyphens only")
    if os.path.splitext(name)[0] != s.get("id"):
        err("id", f"should match the file name ({os.path.splitext(name)[0]})")
    if s.get("difficulty", "normal") not in {"easy", "normal", "hard"}:
        err("difficulty", s.get("difficulty"))
    m = re.fullmatch(r"(\d{4})-(\d{2})", str(s.get("startDate", "")))
    if not m or not 1 <= int(m.group(2)) <= 12:
        err("startDate", "must be YYYY-MM")
    if s.get("monthsPerTurn") not in (1, 3, 6, 12):
        err("monthsPerTurn", "must be 1, 3, 6 or 12")
    turns = s.get("turns", 0)
    num("turns", turns, 1, 10000, integer=True)
    if s.get("defaultDoctrine", "balanced-realist") not in DOCTRINES:
        err("defaultDoctrine", s.get("defaultDoctrine"))
    if not isinstance(s.get("sources", []), list) or not all(isinstance(x, str) for x in s.get("sources", [])):
        err("sources", "must be a list of strings")

    # nations
    start_year = int(m.group(1)) if m else 2024
    cinc_total = 0
    seen = set()
    for i, n in enumerate(s.get("nations", [])):
        nid = n.get("id")
        w = f"nations[{i}] {nid}"
        state(w, nid)
        if nid in seen:
            err(w, "duplicate")
        seen.add(nid)
        for k in n:
            if k not in NATION_KEYS:
                err(w, f"unknown key {k!r}")
        if n.get("regime") not in REGIMES:
            err(w, f"regime missing or invalid: {n.get('regime')!r}")
        if "gdp" in n:
            num(w + ".gdp", n["gdp"], positive=True)
        if "population" in n:
            num(w + ".population", n["population"], positive=True)
        if "milex" in n and "milexShare" in n:
            err(w, "give milex or milexShare, not both")
        if "milex" in n:
            num(w + ".milex", n["milex"], 0)
            if "gdp" in n and n["milex"] > 0.5 * n["gdp"]:
                err(w, "milex above half of GDP")
        if "milexShare" in n:
            num(w + ".milexShare", n["milexShare"], 0, 0.5)
        if "investShare" in n:
            num(w + ".investShare", n["investShare"], 0, 0.3)
        if "nuclear" in n:
            num(w + ".nuclear", n["nuclear"], 0, 3, integer=True)
            expected = nuclear_status(nid, start_year)
            if n["nuclear"] != expected:
                err(w, f"nuclear {n['nuclear']} differs from the status in {start_year} ({expected})")
        elif nuclear_status(nid, start_year) != MAP_NUCLEAR.get(nid, 0):
            err(w, f"nuclear not given: the map's figure ({MAP_NUCLEAR.get(nid, 0)}, circa 2015) is wrong for "
                   f"{start_year} ({nuclear_status(nid, start_year)})")
        if "cinc" in n:
            num(w + ".cinc", n["cinc"], 0, 1)
            cinc_total += n["cinc"] if isinstance(n["cinc"], (int, float)) else 0
        for k, lo, hi in (("softPower", 0, 100), ("stability", 0, 100), ("nationalism", 0, 1)):
            if k in n:
                num(f"{w}.{k}", n[k], lo, hi)
        if "reach" in n:
            num(w + ".reach", n["reach"], 1, 6, integer=True)
        if "doctrine" in n and n["doctrine"] not in DOCTRINES:
            err(w, f"doctrine {n['doctrine']!r}")
    if cinc_total > 1.0001:
        err("nations", f"cinc shares add up to {cinc_total:.3f}, more than 1")
    missing = STATES - seen
    if missing:
        err("nations", f"{len(missing)} states without an entry: {sorted(missing)}")

    for i, t in enumerate(s.get("territories", [])):
        w = f"territories[{i}]"
        if not re.fullmatch(r"[A-Z]{3}", str(t.get("territory", ""))):
            err(w, "territory must be an alpha-3 id")
        state(w + ".owner", t.get("owner"))

    bloc_ids = set()
    for i, b in enumerate(s.get("blocs", [])):
        w = f"blocs[{i}] {b.get('id')}"
        if b.get("id") in bloc_ids:
            err(w, "duplicate bloc id")
        bloc_ids.add(b.get("id"))
        if b.get("type") not in {"alliance", "trade", "institution"}:
            err(w, f"type {b.get('type')!r}")
        if not b.get("name"):
            err(w, "name missing")
        mem = b.get("members", [])
        if len(mem) != len(set(mem)):
            err(w, "duplicate members")
        if len(mem) < 2:
            err(w, "fewer than 2 members")
        for x in mem:
            state(w, x)

    seen_t = set()
    for i, t in enumerate(s.get("treaties", [])):
        w = f"treaties[{i}] {t.get('name')}"
        if t.get("type") not in {"alliance", "non-aggression", "trade", "arms-control", "guarantee"}:
            err(w, f"type {t.get('type')!r}")
        state(w + ".a", t.get("a"))
        state(w + ".b", t.get("b"))
        if t.get("a") == t.get("b"):
            err(w, "a treaty needs two different states")
        key = (t.get("type"), frozenset((t.get("a"), t.get("b"))))
        if key in seen_t:
            err(w, "duplicate treaty")
        seen_t.add(key)

    seen_s = set()
    for i, x in enumerate(s.get("sanctions", [])):
        w = f"sanctions[{i}] {x.get('sender')}->{x.get('target')}"
        state(w, x.get("sender"))
        state(w, x.get("target"))
        if x.get("sender") == x.get("target"):
            err(w, "sender is the target")
        if not isinstance(x.get("multilateral", False), bool):
            err(w, "multilateral must be true or false")
        key = (x.get("sender"), x.get("target"))
        if key in seen_s:
            err(w, "duplicate sender/target pair")
        seen_s.add(key)

    for i, x in enumerate(s.get("wars", [])):
        w = f"wars[{i}] {x.get('name')}"
        at, de = x.get("attackers", []), x.get("defenders", [])
        if not at or not de:
            err(w, "needs attackers and defenders")
        for y in at + de:
            state(w, y)
        if set(at) & set(de):
            err(w, "a state on both sides")
        num(w + ".warscore", x.get("warscore", 0), -100, 100)

    seen_r = set()
    for i, x in enumerate(s.get("relations", [])):
        w = f"relations[{i}] {x.get('a')}-{x.get('b')}"
        state(w, x.get("a"))
        state(w, x.get("b"))
        if x.get("a") == x.get("b"):
            err(w, "a relation needs two different states")
        if (x.get("a"), x.get("b")) in seen_r:
            err(w, "duplicate ordered pair")
        seen_r.add((x.get("a"), x.get("b")))
        if "opinion" in x:
            num(w + ".opinion", x["opinion"], -100, 100)
        if "hostility" in x:
            num(w + ".hostility", x["hostility"], 0)

    ev_ids = set()
    # prepared injects (FORMAT.md, injects) are events without a turn: the same checks, plus a title and category
    sections = [("events", i, e) for i, e in enumerate(s.get("events", []))] + \
               [("injects", i, e) for i, e in enumerate(s.get("injects", []))]
    for section, i, e in sections:
        w = f"{section}[{i}] {e.get('id')}"
        if not e.get("id") or e.get("id") in ev_ids:
            err(w, "missing or duplicate id")
        ev_ids.add(e.get("id"))
        if section == "events":
            num(w + ".turn", e.get("turn"), 1, turns, integer=True)
        else:
            if not e.get("title"):
                err(w, "title missing")
            if e.get("category") not in {"news", "intelligence", "crisis"}:
                err(w + ".category", f"must be news, intelligence or crisis, got {e.get('category')!r}")
            for j, a in enumerate(e.get("audience", [])):
                state(f"{w}.audience[{j}]", a)
        if e.get("visibility", "all") not in {"all", "parties"}:
            err(w, f"visibility {e.get('visibility')!r}")
        if not e.get("text"):
            err(w, "text missing")
        for j, f in enumerate(e.get("effects", [])):
            ww = f"{w}.effects[{j}]"
            state(ww, f.get("nation"))
            if f.get("field") not in EFFECT_FIELDS:
                err(ww, f"field {f.get('field')!r}")
            if ("add" in f) == ("multiply" in f):
                err(ww, "exactly one of add / multiply")
            for k in ("add", "multiply"):
                if k in f:
                    num(f"{ww}.{k}", f[k])
            if "multiply" in f and f["multiply"] <= 0:
                err(ww, "multiply must be > 0")
        if "act" in e:
            # an aggressive act the event stands for (FORMAT.md, events: Acts); the game checks the same
            a, ww = e["act"], w + ".act"
            if not isinstance(a, dict):
                err(ww, "must be an object")
                continue
            for k in a:
                if k not in {"actor", "victim", "severity", "kind"}:
                    err(f"{ww}.{k}", "unknown key")
            state(ww + ".actor", a.get("actor"))
            if "victim" in a:
                state(ww + ".victim", a["victim"])
                if a["victim"] == a.get("actor"):
                    err(ww + ".victim", "is the actor itself")
            sev = a.get("severity")
            if not isinstance(sev, (int, float)) or not 0 < sev <= 100:
                err(ww + ".severity", f"must be above 0 and at most 100, got {sev!r}")
            if not re.fullmatch(r"[a-z]+(-[a-z]+)*", str(a.get("kind", ""))):
                err(ww + ".kind", f"must be lower-case words joined by hyphens, got {a.get('kind')!r}")
            if e.get("visibility", "all") != "all":
                err(w + ".visibility", "must be all for an event with an act")

    ob_ids = set()
    for i, o in enumerate(s.get("objectives", [])):
        w = f"objectives[{i}] {o.get('id')}"
        state(w, o.get("nation"))
        if not o.get("id") or o.get("id") in ob_ids:
            err(w, "missing or duplicate id")
        ob_ids.add(o.get("id"))
        t = o.get("type")
        if t == "power-share":
            num(w + ".threshold", o.get("threshold"), 0, 1)
            num(w + ".noCoalitionTurns", o.get("noCoalitionTurns", 0), 0, turns, integer=True)
        elif t == "contain":
            state(w + ".target", o.get("target"))
            if not isinstance(o.get("withoutWar", False), bool):
                err(w, "withoutWar must be true or false")
        elif t != "survive":
            err(w, f"type {t!r}")
        if not o.get("text"):
            err(w, "text missing")
    return errs


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    files = argv or sorted(glob.glob(os.path.join(here, "..", "..", "assets", "scenarios", "*.json")))
    problems = []
    for p in files:
        e = check(p)
        problems += e
        print(f"{os.path.basename(p)}: {'ok' if not e else str(len(e)) + ' problem(s)'}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
