"""Builds assets/scenarios/iraq-2003.json: the eve of the invasion of Iraq (March 2003), DESIGN §7.

A modern scenario: power from GDP and military spending (DATA.md: CINC overrates populous industrial states after
about 2000, with China above the US from 2003), so no CINC values. Figures circa 2003.
"""
from common import AFRICA54, bloc, relations_recorder, territories_held, treaty, write
from regimes import regime_2023
from states import ALL
from historical import MAP

START = "2003-03"
NATO_1999 = "USA CAN GBR FRA DEU ITA ESP PRT NLD BEL LUX DNK NOR ISL TUR GRC POL CZE HUN".split()
EU15 = "AUT BEL DNK FIN FRA DEU GRC IRL ITA LUX NLD PRT ESP SWE GBR".split()
ASEAN = "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM".split()
ARAB_LEAGUE = "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM".split()
GCC = "SAU ARE KWT QAT BHR OMN".split()
ABSORBED = {"MNE": "SRB", "XKX": "SRB", "SSD": "SDN"}
WORLD_GDP_2003_TO_MAP = 0.52   # world GDP 2003 $38.9tn / circa 2014-15 $75tn (World Bank WDI)
WORLD_POP_2003_TO_MAP = 0.87   # world population 2003 6.37bn / 2015 7.35bn (UN WPP)

# GDP (current US$ bn, World Bank WDI 2003, rounded), population (millions, UN WPP 2003), military spending
# (share of GDP, SIPRI 2003), soft figures (judgement, anchors of FORMAT.md).
CURATED = {
    #      gdp     pop    milex  soft stab  nat  reach
    "USA": (11458, 290.1, 0.037, 80, 75, 0.45, 6),
    "GBR": (1950, 59.6, 0.025, 70, 80, 0.35, 4),
    "FRA": (1844, 61.9, 0.026, 70, 75, 0.40, 4),
    "DEU": (2506, 82.5, 0.014, 70, 80, 0.20, 3),
    "ITA": (1578, 57.3, 0.020, 60, 70, 0.30, 3),
    "ESP": (907, 42.0, 0.011, 55, 75, 0.30, 2),
    "NLD": (579, 16.2, 0.015, 55, 85, 0.25, 2),
    "BEL": (319, 10.4, 0.013, 50, 80, 0.20, 1),
    "POL": (217, 38.2, 0.018, 40, 70, 0.40, 2),
    "CAN": (893, 31.6, 0.011, 65, 85, 0.25, 2),
    "NOR": (228, 4.6, 0.020, 50, 90, 0.25, 1),
    "TUR": (311, 66.0, 0.039, 35, 55, 0.60, 3),
    "JPN": (4519, 127.7, 0.010, 65, 80, 0.25, 3),
    "KOR": (680, 47.9, 0.025, 45, 75, 0.45, 2),
    "AUS": (467, 19.9, 0.018, 60, 85, 0.30, 3),
    "RUS": (430, 144.6, 0.043, 40, 60, 0.55, 5),
    "CHN": (1660, 1288.0, 0.021, 45, 80, 0.50, 4),
    "IND": (618, 1080.0, 0.028, 40, 60, 0.45, 3),
    "PAK": (83, 150.0, 0.045, 15, 45, 0.55, 2),
    "IRQ": (22, 25.6, 0.064, 5, 45, 0.80, 2),
    "IRN": (154, 68.0, 0.033, 20, 65, 0.60, 3),
    "SAU": (215, 23.5, 0.087, 30, 75, 0.45, 2),
    "KWT": (48, 2.3, 0.069, 25, 80, 0.40, 1),
    "JOR": (10.2, 5.2, 0.062, 25, 70, 0.40, 1),
    "SYR": (22, 17.6, 0.061, 10, 65, 0.60, 2),
    "ISR": (126, 6.7, 0.087, 45, 60, 0.55, 3),
    "EGY": (87, 71.0, 0.030, 35, 65, 0.45, 2),
    "ARE": (124, 3.4, 0.045, 35, 85, 0.35, 1),
    "UKR": (50, 47.8, 0.029, 25, 55, 0.40, 1),
    "CHE": (352, 7.3, 0.011, 60, 90, 0.20, 1),
    "SWE": (336, 9.0, 0.016, 60, 90, 0.20, 1),
    "AUT": (262, 8.1, 0.008, 50, 85, 0.25, 1),
    "DNK": (218, 5.4, 0.015, 50, 90, 0.25, 1),
    "GRC": (202, 11.0, 0.026, 40, 70, 0.45, 1),
    "PRT": (170, 10.4, 0.016, 40, 75, 0.30, 1),
    "CZE": (95, 10.2, 0.019, 35, 75, 0.30, 1),
    "HUN": (84, 10.1, 0.017, 35, 75, 0.35, 1),
    "IDN": (235, 217.0, 0.009, 30, 45, 0.45, 2),
    "BRA": (558, 181.0, 0.015, 50, 60, 0.35, 2),
    "MEX": (713, 103.0, 0.004, 40, 60, 0.35, 1),
    "ZAF": (198, 46.0, 0.015, 40, 55, 0.35, 2),
    "TWN": (310, 22.6, 0.024, 40, 75, 0.45, 2),
}
# Further states with a 2003 figure (GDP current US$ bn, World Bank WDI 2003, rounded; population UN WPP 2003 where
# given), so the larger economies are not sized by scaling their 2015 figure back. Nigeria: WDI's series after the
# 2014 rebasing.
GDP_2003 = {
    "ARG": (128, 38.3), "VEN": (83, 25.8), "COL": (94, 42.0), "CHL": (77, 15.8), "PER": (61, 27.1), "PHL": (84, 81.0),
    "THA": (143, 63.0), "MYS": (110, 25.0), "SGP": (98, 4.1), "VNM": (40, 81.0), "BGD": (60, 139.0), "DZA": (68, 31.9),
    "MAR": (52, 29.8), "NGA": (100, 131.0), "KAZ": (31, 14.9), "QAT": (24, None), "IRL": (162, 4.0), "FIN": (171, 5.2),
    "NZL": (88, 4.0), "ROU": (59, 21.7), "BGR": (21, 7.8), "SVK": (35, 5.4), "HRV": (30, 4.4), "BLR": (18, 9.9),
    "LBY": (26, 5.6), "KEN": (15, 33.0), "ETH": (8.6, 71.0), "AGO": (14, None), "SDN": (18, None), "CUB": (35, 11.2),
    "ECU": (29, 12.9), "GTM": (22, None), "DOM": (21, None), "LBN": (20, None), "OMN": (22, None), "YEM": (12, None),
    "TUN": (25, 9.8), "LKA": (19, 19.2), "AFG": (4.5, None), "UZB": (10, 25.6), "AZE": (7, 8.2), "GEO": (4, 4.5),
    "ARM": (2.8, 3.0), "SRB": (20, 8.1), "BIH": (8.5, 3.8), "ALB": (5.6, 3.1), "SVN": (29, 2.0), "LTU": (19, 3.5),
    "LVA": (11, 2.3), "EST": (10, 1.4), "LUX": (29, 0.45), "ISL": (11, 0.29), "CYP": (15, None), "URY": (12, 3.3),
    "PRY": (6, None), "BOL": (8, None), "CRI": (17, None), "PAN": (13, None), "SLV": (15, None), "BHR": (10, None),
}
FOCUS = set("""USA GBR FRA DEU ITA ESP NLD BEL POL CAN NOR TUR JPN KOR AUS RUS CHN IND PAK IRQ IRN SAU KWT JOR SYR ISR EGY
ARE""".split())

# Freedom House 2003 / Polity IV 2003 where the 2023 EIU category no longer fits the state of 2003.
REGIME_2003 = {
    "RUS": "hybrid", "TUR": "democracy", "VEN": "hybrid", "THA": "democracy", "KEN": "democracy", "SEN": "democracy",
    "MLI": "democracy", "BEN": "democracy", "MEX": "democracy", "SRB": "democracy", "IRN": "hybrid", "AFG": "hybrid",
    "NIC": "democracy", "BOL": "democracy", "MDG": "hybrid", "CIV": "autocracy", "LBR": "autocracy", "GEO": "hybrid",
    "UKR": "hybrid", "KGZ": "hybrid", "ARM": "hybrid", "BGD": "hybrid", "HTI": "hybrid", "FJI": "democracy",
    "MMR": "autocracy", "HUN": "democracy", "IND": "democracy", "IRQ": "autocracy",
}

# Pew Global Attitudes Project, "What the World Thinks in 2002" (December 2002): share with a favourable view of
# the United States, summer 2002. Opinion of the US = net favourability, 2 x favourable% - 100.
PEW_2002_FAVOURABLE = {
    "CAN": 72, "GBR": 75, "ITA": 70, "DEU": 61, "FRA": 63, "POL": 79, "CZE": 71, "SVK": 60, "UKR": 80, "RUS": 61,
    "BGR": 72, "TUR": 30, "PAK": 10, "JOR": 25, "LBN": 35, "EGY": 6, "UZB": 85, "JPN": 72, "KOR": 53, "IDN": 61,
    "IND": 54, "PHL": 90, "VNM": 71, "NGA": 77, "KEN": 80, "ZAF": 65, "BRA": 52, "MEX": 64, "ARG": 34, "VEN": 82,
}
# Not surveyed in 2002: author's judgement on the same scale (favourable %), noted in the file.
JUDGED_FAVOURABLE = {"ESP": 50, "NLD": 60, "BEL": 55, "NOR": 60, "AUS": 65, "SAU": 40, "SYR": 20, "KWT": 75,
                     "ISR": 80, "ARE": 55}


def nations():
    regimes = regime_2023()
    out = []
    for nid in ALL:
        reg, reg_src = regimes[nid]
        if nid in REGIME_2003:
            if REGIME_2003[nid] != reg:
                reg_src = "Freedom House 2003 / Polity IV 2003 (differs from the EIU 2023 category)"
            else:
                reg_src += " (unchanged since 2003: Freedom House 2003 / Polity IV 2003)"
            reg = REGIME_2003[nid]
        e = {"id": nid, "regime": reg}
        if nid in ABSORBED:
            e["nuclear"] = 0
            e["source"] = f"part of {ABSORBED[nid]} in 2003 (its territory is held by {ABSORBED[nid]}): starts absorbed"
            out.append(e)
            continue
        src = []
        if nid in CURATED:
            gdp, pop, milex, soft, stab, nat, reach = CURATED[nid]
            e.update({"gdp": gdp, "population": pop, "milexShare": milex, "softPower": soft, "stability": stab,
                      "nationalism": nat, "reach": reach})
            src.append("GDP: World Bank WDI 2003 (current US$, rounded)" if nid != "TWN"
                       else "GDP: Taiwan DGBAS 2003 (current US$, rounded)")
            src.append("population: UN WPP (2003)")
            src.append("milex: SIPRI 2003 share of GDP" if nid not in ("IRQ", "SYR")
                       else "milex: estimate (SIPRI has no figure; IISS Military Balance 2002-03: Iraq ~$1.4bn)")
            src.append("softPower, stability, nationalism, reach: judgement (FORMAT.md anchors)")
            if nid == "IRQ":
                src.append("GDP very uncertain under sanctions (WDI has no 2003 figure; estimate from the 2004 "
                           "figure of $36.6bn and the war's fall in output)")
        elif nid in GDP_2003:
            gdp, pop = GDP_2003[nid]
            e["gdp"] = gdp
            e["population"] = pop if pop is not None else round(MAP[nid]["population"] * WORLD_POP_2003_TO_MAP, 3)
            src.append("GDP: World Bank WDI 2003 (current US$, approximate)")
            src.append("population: UN WPP (2003)" if pop is not None
                       else f"population: map figure x {WORLD_POP_2003_TO_MAP} (world population 2003/2015)")
            src.append("military share: map figure")
        else:
            c = MAP[nid]
            e["gdp"] = round(max(0.02, c["gdpBn"] * WORLD_GDP_2003_TO_MAP), 2)
            e["population"] = round(max(0.001, c["population"] * WORLD_POP_2003_TO_MAP), 3)
            src.append(f"estimate: the map's circa-2015 GDP x {WORLD_GDP_2003_TO_MAP} (world GDP 2003/2015) and "
                       f"population x {WORLD_POP_2003_TO_MAP} (world population 2003/2015); military share: map figure")
        e["nuclear"] = NUCLEAR_2003.get(nid, 0)
        e["doctrine"] = "balanced-realist" if nid in FOCUS else "passive"
        src.append("regime: " + reg_src)
        e["source"] = "; ".join(src)
        out.append(e)
    return out


NUCLEAR_2003 = {"USA": 3, "RUS": 3, "GBR": 3, "FRA": 3, "CHN": 3, "ISR": 2, "IND": 2, "PAK": 2, "PRK": 1, "IRN": 1}


def scenario():
    au = [x for x in AFRICA54 if x not in ("MAR", "SSD")]
    blocs = [
        bloc("NATO", "North Atlantic Treaty Organization (19 members, 1999-2004)", "alliance", NATO_1999),
        bloc("CSTO", "Collective Security Treaty Organization (2002)", "alliance", "RUS BLR ARM KAZ KGZ TJK".split()),
        bloc("GCC", "Gulf Cooperation Council / Peninsula Shield (1984)", "alliance", GCC),
        bloc("EU", "European Union (15 members, before the 2004 enlargement)", "institution", EU15),
        bloc("EU-SM", "EU Single Market and the European Economic Area", "trade", EU15 + ["NOR", "ISL", "LIE"]),
        bloc("NAFTA", "North American Free Trade Agreement (1994)", "trade", "USA CAN MEX".split()),
        bloc("MERCOSUR", "Mercosur (1991)", "trade", "ARG BRA PRY URY".split()),
        bloc("ASEAN", "Association of Southeast Asian Nations", "institution", ASEAN),
        bloc("ARAB", "League of Arab States", "institution", ARAB_LEAGUE),
        bloc("AU", "African Union (2002; Morocco outside)", "institution", au),
        bloc("SCO", "Shanghai Cooperation Organisation (2001)", "institution", "CHN RUS KAZ KGZ TJK UZB".split()),
    ]
    treaties = [
        treaty("alliance", "USA", "JPN", "US-Japan Treaty of Mutual Cooperation and Security (1960)"),
        treaty("alliance", "USA", "KOR", "US-ROK Mutual Defense Treaty (1953)"),
        treaty("alliance", "USA", "AUS", "ANZUS Treaty (1951)"),
        treaty("alliance", "AUS", "NZL", "ANZUS Treaty (1951)"),
        treaty("alliance", "USA", "PHL", "US-Philippines Mutual Defense Treaty (1951)"),
        treaty("alliance", "USA", "THA", "Manila Pact (1954)"),
        treaty("alliance", "CHN", "PRK", "Sino-North Korean Treaty of Friendship, Cooperation and Mutual Assistance (1961)"),
        treaty("alliance", "RUS", "BLR", "Union State of Russia and Belarus (1999)"),
        treaty("guarantee", "USA", "KWT", "US-Kuwait Defense Cooperation Agreement (1991)"),
        treaty("non-aggression", "RUS", "CHN", "Sino-Russian Treaty of Good-Neighbourliness and Friendly Cooperation (2001)"),
        treaty("non-aggression", "ISR", "EGY", "Egypt-Israel Peace Treaty (1979)"),
        treaty("non-aggression", "ISR", "JOR", "Israel-Jordan Peace Treaty (1994)"),
        treaty("arms-control", "USA", "RUS", "Strategic Offensive Reductions Treaty (SORT, 2002)"),
        treaty("trade", "USA", "ISR", "US-Israel Free Trade Agreement (1985)"),
        treaty("trade", "USA", "JOR", "US-Jordan Free Trade Agreement (2001)"),
    ]
    sanctions = []
    for x in "USA GBR FRA RUS CHN DEU ITA JPN CAN AUS ESP NLD SAU KWT".split():
        sanctions.append({"sender": x, "target": "IRQ", "multilateral": True,
                          "name": "UN sanctions on Iraq (Resolution 661, 1990; oil-for-food from 1996)"})
    for t, name in (("IRN", "Iran-Libya Sanctions Act (1996) and earlier US embargoes"), ("CUB", "US embargo on Cuba (1962)"),
                    ("PRK", "US sanctions on North Korea"), ("LBY", "US sanctions on Libya (1986)")):
        sanctions.append({"sender": "USA", "target": t, "multilateral": False, "name": name})
    relations, rel = relations_recorder()

    for x, fav in sorted({**PEW_2002_FAVOURABLE, **JUDGED_FAVOURABLE}.items()):
        rel(x, "USA", 2 * fav - 100)
        if x in NATO_1999 or x in ("JPN", "KOR", "AUS", "ISR", "KWT"):
            rel("USA", x, 50)
        elif x == "SYR":
            rel("USA", x, -60, 5)
    rel("USA", "IRQ", -80, 12)          # the invasion of Kuwait (1990) and the 1993 plot, remembered
    rel("IRQ", "USA", -90, 20)          # the Gulf War, Desert Fox (1998), the no-fly zones
    rel("IRQ", "GBR", -80, 15)
    rel("KWT", "IRQ", -80, 15)
    rel("IRQ", "KWT", -60, 0)           # one way only: an entry without its reverse applies both ways (FORMAT.md)
    rel("SAU", "IRQ", -40, 8)
    rel("IRQ", "SAU", -50, 0)
    rel("IRN", "IRQ", -60, 10)          # the war of 1980-88 and its gas attacks
    rel("IRQ", "IRN", -60, 5)
    rel("ISR", "IRQ", -70, 10)          # the Scuds of 1991
    rel("IRQ", "ISR", -90, 10)          # Osirak (1981)
    for x, o in (("RUS", 20), ("FRA", 10), ("CHN", 10), ("DEU", 0)):
        rel(x, "IRQ", o)                # oil contracts, debts, opposition to war
    rel("SRB", "USA", -40, 20)          # NATO's Kosovo war (1999)
    rel("USA", "SRB", -20, 0)
    rel("RUS", "SRB", 40)
    rel("CHN", "USA", -30, 5)           # the Belgrade embassy bombing (1999), the EP-3 incident (2001)
    rel("USA", "CHN", 0)
    rel("IRN", "USA", -60, 10)
    rel("USA", "IRN", -60, 5)
    rel("PRK", "USA", -80, 10)
    rel("USA", "PRK", -70, 5)
    rel("SYR", "ISR", -80, 20)          # the Golan, occupied 1967 and annexed 1981
    rel("ISR", "SYR", -70, 5)
    rel("PSE", "ISR", -90, 30)          # the second intifada (2000-)
    rel("ISR", "PSE", -70, 20)
    rel("IND", "PAK", -60, 15)          # Kargil (1999) and the 2001-02 standoff
    rel("PAK", "IND", -60, 15)
    claims = [
        {"id": "quick-victory", "kind": "war-won", "turns": 8, "required": 0.8,
         "text": "The conventional war is won fast: the United States defeats Iraq within a year.",
         "attacker": "USA", "defender": "IRQ", "withinTurns": 4,
         "orders": [{"turn": 1, "kind": "INVADE", "actor": "USA", "target": "IRQ"}]},
        {"id": "allies-turn-against-invader", "kind": "opinion-change", "turns": 8, "required": 0.7,
         "text": "Opinion of the United States drops 25-35 points in allied publics (Pew: net favourability fell "
                 "by about that much in France, Germany, Spain, Turkey and Russia between 2002 and 2003).",
         "of": "USA", "by": ["DEU", "FRA", "ITA", "ESP", "CAN", "TUR", "NLD", "BEL", "NOR"], "change": "fall",
         "points": 25, "byTurn": 8,
         "orders": [{"turn": 1, "kind": "INVADE", "actor": "USA", "target": "IRQ"}]},
        {"id": "occupation-weariness", "kind": "figure-change", "turns": 20, "required": 0.7,
         "text": "Occupation weariness accumulates in the United States.",
         "state": "USA", "figure": "warWeariness", "change": "rise", "by": 10, "byTurn": 20,
         "orders": [{"turn": 1, "kind": "INVADE", "actor": "USA", "target": "IRQ"}]},
        {"id": "un-opposes", "kind": "event", "turns": 2, "required": 0.7,
         "text": "Major powers oppose the war at the UN: the US resolution against Iraq fails.",
         "eventKind": "resolution-failed", "actor": "USA", "target": "IRQ", "byTurn": 1,
         "orders": [{"turn": 1, "kind": "UN_RESOLUTION", "actor": "USA", "target": "IRQ"}]},
        {"id": "no-counter-coalition", "kind": "no-coalition-against", "turns": 20, "required": 0.8,
         "text": "No military counter-coalition forms against the United States.", "target": "USA",
         "orders": [{"turn": 1, "kind": "INVADE", "actor": "USA", "target": "IRQ"}]},
    ]
    return {
        "format": 1,
        "id": "iraq-2003",
        "title": "Iraq (2003)",
        "summary": "March 2003: the United States, with Britain, stands ready to invade Iraq without a new UN mandate. "
                   "The war itself will be short; what will it cost in allies' opinion, at the UN and at home?",
        "difficulty": "normal",
        "startDate": START,
        "monthsPerTurn": 3,
        "turns": 36,
        "map": "map/world.json",
        "rules": "rules/default.json",
        "defaultDoctrine": "passive",
        "notes": (
            "Essay case study (DESIGN §7): the conventional war is won fast, but opinion of the invader drops 25-35 "
            "points in allied publics, occupation weariness accumulates, major powers oppose at the UN, and no "
            "military counter-coalition forms. The invasion is not part of the starting position: the claims script "
            "it (USA invades Iraq on turn 1; the UN resolution claim has the US table a resolution instead), so a "
            "seminar can also play the decision itself. Britain is left to its AI. "
            "Figures circa 2003: GDP World Bank WDI (current US$), population UN WPP, military spending SIPRI, for "
            "the 42 states that matter here (with their soft figures) and about 60 more (GDP and population only); the "
            "smaller rest carry the map's circa-2015 figures scaled back by world GDP (x0.52) and population (x0.87), "
            "which overstates the fast growers. No CINC values: "
            "DATA.md explains why they mislead after about 2000. Iraq's figures are estimates: no official GDP under "
            "sanctions, no SIPRI figure (IISS: about $1.4bn a year, forces worn by 1991 and twelve years of embargo). "
            "Opinions of the US are Pew's 2002 favourability (before the run-up to the war) as net favourability "
            "(2 x favourable% - 100); states Pew did not survey in 2002 are the author's judgement on the same scale. "
            "Hostility memories (FORMAT.md anchors): the Gulf War and Desert Fox for Iraq, the Iran-Iraq war, "
            "Kosovo 1999 for Serbia, the Golan and the intifada. "
            "Treaties and blocs of March 2003: NATO of 19 (the 2004 enlargement is a year away), the EU of 15, the "
            "CSTO (2002), SORT (2002); UN sanctions on Iraq, with one entry per major sender. The war in Afghanistan "
            "is left out: the Taliban government fell in 2001 and the US fought an insurgency beside the new "
            "government, not a state of the map. Serbia holds Montenegro (Serbia and Montenegro, 2003-06) and "
            "Kosovo (then under UN administration); Sudan holds South Sudan. "
            "North Korea is a threshold state (1; first test 2006) and Iran too (1). "
            "Doctrines: the states around the case (the coalition and its critics, the great powers, Iraq's "
            "neighbours) are balanced realists; every other state is passive."),
        "sources": [
            "World Bank (2024). World Development Indicators: GDP (current US$), 2003. https://data.worldbank.org",
            "United Nations (2022). World Population Prospects 2022, estimates for 2003.",
            "SIPRI (2024). SIPRI Military Expenditure Database, 2003 (share of GDP). https://www.sipri.org/databases/milex",
            "International Institute for Strategic Studies (2002). The Military Balance 2002-2003 (Iraq).",
            "Pew Research Center (2002). What the World Thinks in 2002: The Pew Global Attitudes Project. "
            "Favourable views of the United States by country.",
            "Pew Research Center (2003). Views of a Changing World 2003 (the fall in favourability after the war).",
            "Freedom House (2003). Freedom in the World 2003; Marshall and Gurr, Polity IV Project (regimes of 2003).",
            "United Nations Security Council resolutions 661 (1990), 986 (1995) and 1441 (2002).",
        ],
        "nations": nations(),
        "territories": territories_held(ABSORBED),
        "blocs": blocs, "treaties": treaties, "sanctions": sanctions, "wars": [], "relations": relations,
        "events": [],
        "objectives": [
            {"nation": "USA", "id": "usa-power", "type": "power-share", "threshold": 0.30, "noCoalitionTurns": 8,
             "text": "Keep 30% of world power with no coalition against you for 8 turns"},
            {"nation": "IRQ", "id": "irq-survive", "type": "survive", "text": "Survive"},
        ],
        "claims": claims,
    }


if __name__ == "__main__":
    write(scenario(), "iraq-2003.json")
