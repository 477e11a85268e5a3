"""Builds assets/scenarios/rebuilding-1950.json: West Germany and Japan rebuild under US protection (DESIGN §7).

Power is given as Correlates of War CINC shares (1950) for the sovereign states of the COW system; West Germany
and Japan, still occupied, have no 1950 score and share the rest with the other states by their composite index.
Money in 1950 US dollars (see historical.py).
"""
from common import add_to, bloc, dated_event, multiply, relations_recorder, treaty, write
from cold_war import RIO
from historical import ABSORBED_1950, first_atomic_test, nations_1950s, scenario_1950s, war_remembered

YEAR = 1950
START = "1950-03"
ABSORBED = ABSORBED_1950
NATO = "USA CAN GBR FRA BEL NLD LUX NOR DNK ISL ITA PRT".split()
FOCUS = set(NATO + "DEU JPN RUS CHN POL CZE KOR PHL AUS".split())
NUCLEAR = {"USA": 3, "RUS": 2}

# Gross fixed capital formation as a share of GDP, 1950s averages: the figure the growth formula's investShare
# stands for (g = base + catchUp*(1 - gdppc/frontier) + investEffect*investShare ...). Other states keep the game's
# default (0.05) and invest by their moves (up to 0.12): see the notes and FORMAT.md.
INVEST_NOTE = {
    "DEU": "investShare: gross fixed capital formation about 19% of GDP in 1950, 23% in 1955, 24% in 1960 (1950s "
           "mean 0.22): OECD, National Accounts of OECD Countries 1950-1968 (Paris, 1970); Statistisches Bundesamt, "
           "Volkswirtschaftliche Gesamtrechnungen, long series",
    "JPN": "investShare: gross domestic fixed capital formation about 20% of GNE in the early 1950s, rising to 30% "
           "by 1960 (1950s mean 0.24): OECD, National Accounts of OECD Countries 1950-1968 (Paris, 1970); "
           "Economic Planning Agency / Cabinet Office, Japan, national accounts long series",
}

CURATED = {
    "USA": dict(softPower=85, stability=80, nationalism=0.35, reach=6),
    "DEU": dict(softPower=25, stability=65, nationalism=0.2, reach=1, milexShare=0.0, doctrine="liberal-institutionalist",
                milexNote="military: none (no armed forces until the Bundeswehr of 1955; occupation costs paid to the Allies)",
                investShare=0.22, investNote=INVEST_NOTE["DEU"],
                note="DEU stands for the Federal Republic (May 1949); the GDR (October 1949) is not split off the map's "
                     "shape; GDP and population are the Federal Republic's"),
    "JPN": dict(softPower=20, stability=65, nationalism=0.2, reach=1, milexShare=0.0, doctrine="liberal-institutionalist",
                milexNote="military: none (disarmed under US occupation, Article 9; National Police Reserve from August 1950)",
                investShare=0.24, investNote=INVEST_NOTE["JPN"]),
    "RUS": dict(softPower=45, stability=80, nationalism=0.6, reach=5,
                note="RUS stands for the Soviet Union (its union republics' shapes are its territories)"),
    "GBR": dict(softPower=70, stability=75, nationalism=0.35, reach=4),
    "FRA": dict(softPower=55, stability=55, nationalism=0.4, reach=4),
    "ITA": dict(softPower=40, stability=55, nationalism=0.3, reach=2),
    "CAN": dict(softPower=55, stability=85, nationalism=0.3, reach=2),
    "BEL": dict(softPower=40, stability=70, nationalism=0.3, reach=1),
    "NLD": dict(softPower=40, stability=75, nationalism=0.3, reach=2),
    "LUX": dict(softPower=30, stability=80, nationalism=0.2, reach=1),
    "NOR": dict(softPower=40, stability=80, nationalism=0.3, reach=1),
    "DNK": dict(softPower=40, stability=80, nationalism=0.3, reach=1),
    "ISL": dict(softPower=30, stability=80, nationalism=0.3, reach=1),
    "PRT": dict(softPower=25, stability=70, nationalism=0.4, reach=1),
    "CHN": dict(softPower=30, stability=55, nationalism=0.7, reach=3,
                note="CHN is the People's Republic (October 1949); its CINC is COW's 1950 score for China"),
    "POL": dict(softPower=15, stability=55, nationalism=0.5, reach=1),
    "CZE": dict(softPower=20, stability=60, nationalism=0.4, reach=1, note="CZE stands for Czechoslovakia"),
    "KOR": dict(softPower=15, stability=40, nationalism=0.6, reach=1),
    "PHL": dict(softPower=25, stability=45, nationalism=0.4, reach=1, note="stability: Hukbalahap rebellion"),
    "AUS": dict(softPower=45, stability=85, nationalism=0.35, reach=2),
    "PRK": dict(note="passive: the Korean War (June 1950) is not scripted; an instructor may give PRK a doctrine"),
    "SRB": dict(note="SRB stands for Yugoslavia, expelled from the Cominform in 1948"),
    "TWN": dict(note="TWN is the Republic of China on Taiwan (from December 1949)"),
    "PAK": dict(note="PAK includes East Pakistan (today's Bangladesh)"),
}


# COW has no 1950 score for the two occupied states. Author's estimates with CINC's own formula (mean of six world
# shares): no military spending or personnel; crude steel 12.1 Mt (FRG) and 4.8 Mt (Japan) of a world 189 Mt
# (World Steel Association, Steel Statistical Yearbook); about 4% and 2% of world energy; 2.0% and 3.3% of world
# population; about 3% of the urban population each. COW's scores of the other states shrink to make room.
CINC_ESTIMATES = {
    "DEU": (0.025, "estimate (COW formula with 1950 components: no military, steel 6.4%, energy ~4%, population 2.0%, "
                   "urban ~3%); COW's first score, 1955: 0.038"),
    "JPN": (0.018, "estimate (COW formula with 1950 components: no military, steel 2.5%, energy ~2%, population 3.3%, "
                   "urban ~3%); COW's first score, 1952; 1955: 0.030"),
}


# The occupied states COW leaves out in 1950 (UN WPP 1950; Maddison).
FIGURES = {
    "DEU": (213.9, 50.0, "GDP: Maddison 1950, Federal Republic (213.9 bn GK$) x 0.206; population: UN WPP 1950, "
                         "Federal Republic (50.0 million)"),
    "JPN": (161.0, 83.8, "GDP: Maddison 1950 (161.0 bn GK$) x 0.206; population: 1950 census (83.8 million)"),
    "AUT": (25.7, 6.9, "GDP: Maddison 1950 (25.7 bn GK$) x 0.206; population: UN WPP 1950 (6.9 million)"),
}


def scenario():
    nations = nations_1950s(YEAR, CURATED, ABSORBED, {}, FOCUS, NUCLEAR, 0.003, {}, CINC_ESTIMATES, FIGURES)
    blocs = [
        bloc("NATO", "North Atlantic Treaty Organization (April 1949)", "alliance", NATO),
        bloc("WU", "Western Union (Brussels Treaty, March 1948)", "alliance", "GBR FRA BEL NLD LUX".split()),
        bloc("RIO", "Inter-American Treaty of Reciprocal Assistance (Rio Pact, 1947)", "alliance", RIO),
        bloc("OEEC", "Organisation for European Economic Co-operation (1948; West Germany from October 1949)",
             "institution", "AUT BEL DNK FRA DEU GRC ISL IRL ITA LUX NLD NOR PRT SWE CHE TUR GBR".split()),
        bloc("COE", "Council of Europe (May 1949)", "institution",
             "BEL DNK FRA IRL ITA LUX NLD NOR SWE GBR GRC TUR ISL".split()),
        bloc("COMECON", "Council for Mutual Economic Assistance (January 1949)", "institution",
             "RUS POL CZE HUN ROU BGR ALB".split()),
        bloc("BENELUX", "Benelux Customs Union (1948)", "trade", "BEL NLD LUX".split()),
        bloc("ARAB", "League of Arab States (1945)", "institution", "EGY IRQ JOR LBN SAU SYR YEM".split()),
        bloc("COMMONWEALTH", "Commonwealth of Nations (London Declaration, 1949)", "institution",
             "GBR CAN AUS NZL ZAF IND PAK LKA".split()),
    ]
    treaties = [
        treaty("alliance", "RUS", "CHN", "Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance (14 February 1950)"),
        treaty("alliance", "RUS", "POL", "Soviet-Polish Treaty of Friendship and Mutual Assistance (1945)"),
        treaty("alliance", "RUS", "CZE", "Soviet-Czechoslovak Treaty of Friendship and Mutual Assistance (1943)"),
        treaty("alliance", "RUS", "HUN", "Soviet-Hungarian Treaty of Friendship and Mutual Assistance (1948)"),
        treaty("alliance", "RUS", "ROU", "Soviet-Romanian Treaty of Friendship and Mutual Assistance (1948)"),
        treaty("alliance", "RUS", "BGR", "Soviet-Bulgarian Treaty of Friendship and Mutual Assistance (1948)"),
        treaty("alliance", "RUS", "MNG", "Soviet-Mongolian Treaty of Friendship and Mutual Assistance (1946)"),
        treaty("alliance", "GBR", "PRT", "Anglo-Portuguese Alliance (1373)"),
        treaty("guarantee", "USA", "JPN", "US occupation of Japan (1945-52); the Security Treaty follows in September 1951"),
        treaty("guarantee", "USA", "DEU", "Allied High Commission and US forces in Germany (1949-55)"),
        treaty("guarantee", "GBR", "DEU", "Allied High Commission and British forces in Germany (1949-55)"),
        treaty("guarantee", "FRA", "DEU", "Allied High Commission and French forces in Germany (1949-55)"),
        treaty("guarantee", "USA", "PHL", "Military Bases Agreement (1947); Mutual Defense Treaty follows in 1951"),
        treaty("guarantee", "USA", "GRC", "Truman Doctrine (1947)"),
        treaty("guarantee", "USA", "TUR", "Truman Doctrine (1947)"),
    ]
    relations, rel = relations_recorder()

    # the Cold War after the Berlin blockade (1948-49) and the Soviet bomb (1949)
    rel("USA", "RUS", -50, 10)
    rel("RUS", "USA", -50, 5)
    for x in NATO[1:]:
        rel(x, "RUS", -30, 10)
        rel("RUS", x, -30, 0)
    rel("USA", "CHN", -40, 5)
    rel("CHN", "USA", -40, 10)
    rel("CHN", "RUS", 50, 0)
    rel("RUS", "CHN", 50, 0)
    rel("TWN", "CHN", -90, 30)
    rel("CHN", "TWN", -90, 10)
    rel("SRB", "RUS", -40, 10)
    rel("RUS", "SRB", -50, 0)
    rel("KOR", "PRK", -80, 10)
    rel("PRK", "KOR", -80, 5)
    # the protectors and the protected
    rel("DEU", "USA", 50, 0)
    rel("USA", "DEU", 30, 0)
    rel("JPN", "USA", 40, 0)
    rel("USA", "JPN", 30, 0)
    # the Second World War, remembered five years on (FORMAT.md anchors; a tenth forgotten each year)
    war_remembered(rel, "DEU", (("FRA", 35, -30), ("POL", 45, -70), ("RUS", 45, -60), ("GBR", 25, -10),
                                ("NLD", 35, -40), ("BEL", 35, -30), ("LUX", 35, -30), ("NOR", 35, -40),
                                ("DNK", 25, -20), ("CZE", 35, -60), ("SRB", 35, -50), ("GRC", 25, -30)),
                   bitter=("POL", "RUS", "CZE"))
    war_remembered(rel, "JPN", (("CHN", 45, -60), ("PHL", 35, -50), ("KOR", 35, -50), ("AUS", 25, -30),
                                ("NLD", 15, -20), ("GBR", 15, -10), ("IDN", 25, -30), ("MMR", 20, -20)))

    events = [
        dated_event("korean-war", "1950-06",
                    "War in Korea (not played out: PRK is passive). US special procurement starts a boom in Japan.",
                    [multiply("JPN", "gdp", 1.03)]),
        dated_event("schuman-plan", "1951-04", "The Treaty of Paris founds the European Coal and Steel Community "
                                               "(France, West Germany, Italy, Benelux).", []),
        dated_event("japan-sovereign", "1952-04", "The San Francisco peace treaty ends the occupation of Japan; the "
                                                  "US-Japan Security Treaty comes into force.",
                    [add_to("JPN", "stability", 5)]),
        first_atomic_test("british-bomb", "GBR", "1952-10",
                          "Britain tests its first atomic bomb (Operation Hurricane)."),
        dated_event("bonn-paris", "1955-05", "The Paris Agreements end the occupation of West Germany; it joins NATO "
                                             "and founds the Bundeswehr.",
                    [add_to("DEU", "stability", 5)]),
        first_atomic_test("french-bomb", "FRA", "1960-02", "France tests its first atomic bomb (Gerboise Bleue)."),
        first_atomic_test("chinese-bomb", "CHN", "1964-10", "China tests its first atomic bomb (596)."),
    ]
    claims = [
        {"id": "germany-rises", "kind": "figure-change", "turns": 20, "required": 0.7,
         "text": "West Germany's economic growth under allied protection raises its share of world power by growth alone "
                 "(at least 0.2 points in ten years; COW's CINC, 3.8% in 1955 and 4.1% in 1960, also counts the "
                 "rearmament of 1955 on, which this claim leaves out: the model gives 7-8% growth a year, as history did).",
         "state": "DEU", "figure": "power", "change": "rise", "by": 0.2, "byTurn": 20},
        {"id": "japan-rises", "kind": "figure-change", "turns": 20, "required": 0.7,
         "text": "Japan's growth under US protection raises its share of world power by growth alone (at least 0.2 points "
                 "in ten years; COW's CINC, 3.0% in 1955 and 3.6% in 1960, also counts the Self-Defense Forces).",
         "state": "JPN", "figure": "power", "change": "rise", "by": 0.2, "byTurn": 20},
        {"id": "no-coalition-germany", "kind": "no-coalition-against", "turns": 20, "required": 0.8,
         "text": "No coalition forms against the rising West Germany.", "target": "DEU"},
        {"id": "no-coalition-japan", "kind": "no-coalition-against", "turns": 20, "required": 0.8,
         "text": "No coalition forms against the rising Japan.", "target": "JPN"},
    ]
    return scenario_1950s(
        "rebuilding-1950", "Rebuilding (1950)", START,
        summary="March 1950: West Germany and Japan, disarmed and occupied, rebuild under American protection. "
                "Can they grow into great economic powers without their neighbours, who remember the war, "
                "combining against them?",
        notes=(
            "Essay case study (DESIGN §7): economic growth under an ally's protection raises power without triggering "
            "a coalition. Power starts at the COW CINC shares of 1950 for every COW state scoring at least 0.003 "
            "(USA 0.284, USSR 0.181, PRC 0.119, UK 0.061, ...), shrunk by 4.3% to make room for West Germany and "
            "Japan: not sovereign in 1950, they have no COW score (COW lists them from 1955 and 1952), so the author "
            "estimated one with CINC's formula from their 1950 steel, energy and population and no military (DEU "
            "0.025, JPN 0.018; COW's 1955 scores are 0.038 and 0.030). The smaller states share the rest of world "
            "power by their composite index, and from then on every share moves with the state's own growth. "
            "Money is in billions of 1950 US dollars (Maddison GDP volumes scaled to the US's 1950 GDP, "
            "src/scenario-tools/historical.py) with rules/historical-1950s.json, whose growth frontier is the US's "
            "1950 GDP per person: poorer states catch up faster, as Germany and Japan did. Military spending is "
            "COW's for 1950 (before the Korean War build-up); Germany and Japan have none. "
            "Investment: West Germany and Japan are given their 1950s gross fixed capital formation shares as "
            "investShare (0.22 and 0.24; OECD national accounts 1950-68); every other state keeps the game's "
            "default (0.05, raised by its own invest-at-home moves up to 0.12), so their lead in investment over "
            "the rest (US and UK about 15-18% of GDP) is if anything overstated. Even so the model's world grows "
            "faster than Maddison's (about 5.4% against 4.7% a year: catch-up toward the 1950 frontier lifts every "
            "poor state), and West Germany's and Japan's power shares, which move with half of their economic "
            "index (they have no forces), rise by about 0.4 points in ten years rather than COW's 1.3-1.6 (COW's "
            "rise includes the Bundeswehr and the Self-Defense Forces of 1954-56). "
            "The map's modern states stand in for their predecessors: RUS is the Soviet Union (holding the other "
            "union republics' shapes), CZE Czechoslovakia, SRB Yugoslavia, PAK includes East Pakistan, DEU is the "
            "Federal Republic (the GDR is not split off the shape), CHN the People's Republic, TWN the Republic of "
            "China on Taiwan. "
            "Treaties in force in March 1950: NATO (April 1949) and the Western Union, the Rio Pact, the Sino-Soviet "
            "treaty (February 1950), the Soviet treaties with its satellites; the OEEC (with West Germany), the "
            "Council of Europe and Comecon. Allied protection of West Germany (Allied High Commission) and of Japan "
            "(occupation; the US-Japan Security Treaty was signed in September 1951) is written as guarantees. "
            "West Germany joined NATO only in 1955 and the ECSC dates from 1951: scripted events mark them. "
            "Doctrines: West Germany and Japan are liberal institutionalists (Adenauer's Westbindung, the Yoshida "
            "doctrine: security from the ally, effort on the economy); NATO members, the USSR, China, Poland, "
            "Czechoslovakia, South Korea, the Philippines and Australia are balanced realists; every other state is "
            "passive. The Korean War is not scripted (PRK is passive). Hostility memories of the Second World War "
            "are judgements anchored as in FORMAT.md."),
        sources=[
            "Office of the Historian, US Department of State: Milestones 1945-1952 and 1953-1960 (NATO, Security "
            "Treaty with Japan, Paris Agreements). https://history.state.gov/milestones",
            "Eichengreen, B. (2007). The European Economy since 1945. Princeton University Press.",
        ],
        nations=nations, absorbed=ABSORBED, blocs=blocs, treaties=treaties, relations=relations, events=events,
        objectives=[
            {"nation": "DEU", "id": "deu-rise", "type": "power-share", "threshold": 0.04, "noCoalitionTurns": 8,
             "text": "Reach 4% of world power with no coalition against you for 8 turns"},
            {"nation": "JPN", "id": "jpn-rise", "type": "power-share", "threshold": 0.035, "noCoalitionTurns": 8,
             "text": "Reach 3.5% of world power with no coalition against you for 8 turns"},
        ],
        claims=claims)


if __name__ == "__main__":
    write(scenario(), "rebuilding-1950.json")
