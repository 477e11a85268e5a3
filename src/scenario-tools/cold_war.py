"""Builds assets/scenarios/cold-war-1947.json: the start of the Cold War (September 1947), DESIGN §7.

Power is given as Correlates of War CINC shares (1947); money in 1950 US dollars (see historical.py).
"""
from common import add_to, bloc, dated_event, hostile_act, multiply, relations_recorder, treaty, write
from historical import ABSORBED_1950, first_atomic_test, nations_1950s, scenario_1950s, war_remembered

YEAR = 1947
START = "1947-09"
ABSORBED = {**ABSORBED_1950, "TWN": "CHN"}
WEST_EUROPE = "GBR FRA BEL NLD LUX NOR DNK ISL ITA PRT".split()
SOVIET_SPHERE = "POL CZE HUN ROU BGR SRB ALB".split()
FOCUS = set(["USA", "RUS", "CAN", "TUR", "GRC"] + WEST_EUROPE + SOVIET_SPHERE)
RIO = "USA ARG BOL BRA CHL COL CRI CUB DOM ECU SLV GTM HTI HND MEX NIC PAN PRY PER URY VEN".split()
NUCLEAR = {"USA": 3}   # only the US had the bomb in 1947 (USSR 1949, UK 1952: scripted events below)

CURATED = {
    "USA": dict(softPower=85, stability=80, nationalism=0.35, reach=6),
    "RUS": dict(softPower=45, stability=75, nationalism=0.6, reach=5,
                note="RUS stands for the Soviet Union (its union republics' shapes are its territories)"),
    "GBR": dict(softPower=70, stability=75, nationalism=0.35, reach=4),
    "FRA": dict(softPower=55, stability=50, nationalism=0.4, reach=4,
                note="stability: Fourth Republic, communist strikes of 1947"),
    "ITA": dict(softPower=40, stability=45, nationalism=0.3, reach=2, note="stability: 1947-48 crisis, PCI in opposition"),
    "CAN": dict(softPower=55, stability=85, nationalism=0.3, reach=2),
    "BEL": dict(softPower=40, stability=70, nationalism=0.3, reach=1),
    "NLD": dict(softPower=40, stability=70, nationalism=0.3, reach=2),
    "LUX": dict(softPower=30, stability=80, nationalism=0.2, reach=1),
    "NOR": dict(softPower=40, stability=80, nationalism=0.3, reach=1),
    "DNK": dict(softPower=40, stability=80, nationalism=0.3, reach=1),
    "ISL": dict(softPower=30, stability=80, nationalism=0.3, reach=1),
    "PRT": dict(softPower=25, stability=70, nationalism=0.4, reach=1),
    "TUR": dict(softPower=25, stability=65, nationalism=0.5, reach=2),
    "GRC": dict(softPower=30, stability=30, nationalism=0.5, reach=1, note="stability: Greek civil war (1946-49)"),
    "POL": dict(softPower=20, stability=45, nationalism=0.5, reach=1),
    "CZE": dict(softPower=30, stability=55, nationalism=0.4, reach=1, note="CZE stands for Czechoslovakia"),
    "HUN": dict(softPower=20, stability=50, nationalism=0.4, reach=1),
    "ROU": dict(softPower=20, stability=45, nationalism=0.4, reach=1),
    "BGR": dict(softPower=15, stability=55, nationalism=0.4, reach=1),
    "SRB": dict(softPower=30, stability=60, nationalism=0.6, reach=2, note="SRB stands for Yugoslavia"),
    "ALB": dict(softPower=5, stability=55, nationalism=0.6, reach=1),
    "DEU": dict(softPower=10, stability=35, nationalism=0.2, milexShare=0.0,
                milexNote="military: none (disarmed under Allied occupation)",
                note="DEU stands for occupied Germany (four zones; no government until 1949); its 1950 GDP "
                     "overstates 1947's ruined economy"),
    "JPN": dict(softPower=10, stability=50, nationalism=0.2, milexShare=0.0,
                milexNote="military: none (disarmed under US occupation, Article 9)"),
    "CHN": dict(stability=25, note="CHN stands for the Republic of China (Nationalist government) in civil war; "
                                   "Taiwan is one of its provinces"),
    "PAK": dict(note="PAK includes East Pakistan (today's Bangladesh) from the partition of August 1947"),
}

# States outside the COW system in 1947 whose size matters (UN WPP 1950 and national estimates for 1947).
FIGURES = {
    "DEU": (265.4, 66.0, "GDP: Maddison 1950, all of Germany (265.4 bn GK$) x 0.206; population: the four zones, 1946 "
                         "census and 1947 estimates (about 66 million)"),
    "JPN": (161.0, 78.1, "GDP: Maddison 1950 (161.0 bn GK$) x 0.206; population: 1947 census (78.1 million)"),
    "KOR": (16.0, 19.9, "GDP: Maddison 1950 South Korea (16.0 bn GK$) x 0.206; population: 1946-49 censuses of the south"),
    "PRK": (7.3, 9.3, "GDP: Maddison 1950 North Korea (7.3 bn GK$) x 0.206; population: estimate of the north (9.3 million)"),
    "AUT": (25.7, 6.9, "GDP: Maddison 1950 (25.7 bn GK$) x 0.206; population: UN WPP 1950 (6.9 million)"),
    "IDN": (66.4, 72.0, "GDP: Maddison 1950 (66.4 bn GK$) x 0.206; population: estimate for 1947 (about 72 million)"),
}

EXTRA = {"ISR": "Mandate Palestine until May 1948: ISR and PSE stand for its two communities, passive",
         "KOR": "US zone of occupation (the Republic of Korea follows in 1948)",
         "PRK": "Soviet zone of occupation (the DPRK follows in 1948)",
         "AUT": "under four-power occupation until 1955"}


def injects():
    """The instructor's library (FORMAT.md, injects): news, intelligence and crises to fire when the class needs one."""
    return [
        {"id": "soviet-bomb-detected", "title": "Fission products over the Pacific", "category": "intelligence",
         "visibility": "parties", "audience": ["USA", "GBR"],
         "text": "A weather flight over the Pacific collects fission products: the Soviet Union appears to have tested "
                 "an atomic bomb years before Washington expected it."},
        {"id": "straits-demand", "title": "Moscow demands the Turkish Straits", "category": "crisis",
         "visibility": "all",
         "text": "Moscow renews its demand for joint control of the Turkish Straits and moves divisions into the "
                 "Caucasus.",
         "effects": [{"nation": "TUR", "field": "stability", "add": -3}],
         "act": {"actor": "RUS", "victim": "TUR", "severity": 5, "kind": "ultimatum"}},
        {"id": "marshall-aid-delayed", "title": "Congress delays Marshall aid", "category": "news", "visibility": "all",
         "text": "Congress delays the Marshall Plan appropriation; Western Europe's recovery stalls through the winter.",
         "effects": [{"nation": "FRA", "field": "gdp", "multiply": 0.99},
                     {"nation": "ITA", "field": "gdp", "multiply": 0.99},
                     {"nation": "GBR", "field": "gdp", "multiply": 0.995}]},
        {"id": "italian-election-scare", "title": "Communists lead Italian polls", "category": "news",
         "visibility": "all",
         "text": "Polls give the Communist-Socialist front the lead in Italy's coming election; strikes spread in the "
                 "north.",
         "effects": [{"nation": "ITA", "field": "stability", "add": -5}]},
        {"id": "greek-insurgency", "title": "Greek insurgents gain ground", "category": "crisis", "visibility": "all",
         "text": "Communist insurgents supplied across the northern borders take the Grammos mountains; Athens asks "
                 "Washington for more aid.",
         "effects": [{"nation": "GRC", "field": "stability", "add": -6},
                     {"nation": "GRC", "field": "military", "multiply": 0.95}]},
    ]


def scenario():
    regimes = {"DEU": ("hybrid", "Allied military government over elected Land governments (1946-47): author's judgement")}
    nations = nations_1950s(YEAR, CURATED, ABSORBED, regimes, FOCUS, NUCLEAR, 0.003, EXTRA, figures=FIGURES)
    blocs = [
        bloc("RIO", "Inter-American Treaty of Reciprocal Assistance (Rio Pact, signed 2 September 1947)", "alliance", RIO),
        bloc("CEEC", "Committee of European Economic Co-operation (Marshall Plan, July 1947)", "institution",
             "AUT BEL DNK FRA GRC ISL IRL ITA LUX NLD NOR PRT SWE CHE TUR GBR".split()),
        bloc("COMINFORM", "Communist Information Bureau (September 1947)", "institution",
             "RUS POL CZE HUN ROU BGR SRB".split()),
        bloc("BENELUX", "Benelux Customs Union (convention 1944, in force January 1948)", "trade", "BEL NLD LUX".split()),
        bloc("ARAB", "League of Arab States (1945)", "institution", "EGY IRQ JOR LBN SAU SYR YEM".split()),
        bloc("COMMONWEALTH", "British Commonwealth (1947)", "institution", "GBR CAN AUS NZL ZAF IND PAK".split()),
    ]
    treaties = [
        treaty("alliance", "GBR", "FRA", "Treaty of Dunkirk (March 1947)"),
        treaty("alliance", "GBR", "PRT", "Anglo-Portuguese Alliance (1373, reaffirmed)"),
        treaty("alliance", "GBR", "IRQ", "Anglo-Iraqi Treaty (1930)"),
        treaty("alliance", "GBR", "EGY", "Anglo-Egyptian Treaty (1936)"),
        treaty("alliance", "GBR", "JOR", "Anglo-Transjordanian Treaty (1946)"),
        treaty("alliance", "RUS", "CZE", "Soviet-Czechoslovak Treaty of Friendship and Mutual Assistance (1943)"),
        treaty("alliance", "RUS", "POL", "Soviet-Polish Treaty of Friendship and Mutual Assistance (1945)"),
        treaty("alliance", "RUS", "SRB", "Soviet-Yugoslav Treaty of Friendship and Mutual Assistance (1945)"),
        treaty("alliance", "RUS", "MNG", "Soviet-Mongolian Treaty of Friendship and Mutual Assistance (1946)"),
        treaty("alliance", "RUS", "CHN", "Sino-Soviet Treaty of Friendship and Alliance (1945, with the Nationalist government)"),
        treaty("alliance", "POL", "CZE", "Polish-Czechoslovak Treaty of Friendship and Mutual Assistance (March 1947)"),
        treaty("alliance", "SRB", "ALB", "Yugoslav-Albanian Treaty of Friendship and Mutual Assistance (1946)"),
        treaty("alliance", "RUS", "HUN", "Soviet occupation and Allied Control Commission (1945-47); treaty of 1948"),
        treaty("alliance", "RUS", "ROU", "Soviet occupation and Allied Control Commission (1944-47); treaty of 1948"),
        treaty("alliance", "RUS", "BGR", "Soviet occupation and Allied Control Commission (1944-47); treaty of 1948"),
        treaty("guarantee", "USA", "GRC", "Truman Doctrine (March 1947): aid to Greece"),
        treaty("guarantee", "USA", "TUR", "Truman Doctrine (March 1947): aid to Turkey"),
        treaty("guarantee", "USA", "JPN", "US occupation of Japan (1945-52)"),
        treaty("guarantee", "USA", "DEU", "US zone of occupation in Germany"),
        treaty("guarantee", "GBR", "DEU", "British zone of occupation in Germany"),
        treaty("guarantee", "FRA", "DEU", "French zone of occupation in Germany"),
        treaty("guarantee", "USA", "KOR", "US Army Military Government in Korea (1945-48)"),
        treaty("guarantee", "RUS", "PRK", "Soviet Civil Administration in Korea (1945-48)"),
        treaty("guarantee", "USA", "PHL", "Military Bases Agreement (March 1947)"),
    ]
    relations, rel = relations_recorder()

    # the superpowers after the Truman Doctrine (March 1947) and the Soviet refusal of the Marshall Plan (July 1947)
    rel("USA", "RUS", -40, 10)
    rel("RUS", "USA", -40, 5)
    # Western Europe and Turkey remember the Soviet annexations of 1939-45 (Baltic states, eastern Poland,
    # Bessarabia, Karelia, Carpathian Ruthenia) and the pressure of 1945-46 on Turkey and Iran
    for x in WEST_EUROPE + ["CAN"]:
        rel(x, "RUS", -20, 10)
        rel("RUS", x, -20, 0)
        rel(x, "USA", 70 if x in ("GBR", "CAN") else 50, 0)
        rel("USA", x, 60 if x in ("GBR", "CAN") else 40, 0)
    rel("TUR", "RUS", -50, 20)
    rel("RUS", "TUR", -30, 0)
    rel("IRN", "RUS", -40, 20)
    rel("RUS", "IRN", -20, 0)
    rel("GRC", "RUS", -30, 10)
    rel("RUS", "GRC", -30, 0)
    for x in ("SRB", "ALB", "BGR"):
        rel("GRC", x, -50, 15)   # the communist insurgency was supplied from its northern neighbours
        rel(x, "GRC", -50, 0)
    for x in SOVIET_SPHERE:
        rel(x, "RUS", 40, 0)
        rel("RUS", x, 30, 0)
    # the Second World War, remembered (occupied states most; FORMAT.md anchors): opinion -50 of the aggressor
    war_remembered(rel, "DEU", [(x, h, -50) for x, h in (
        ("FRA", 40), ("POL", 50), ("RUS", 50), ("GBR", 30), ("NLD", 40), ("BEL", 40), ("LUX", 40), ("NOR", 40),
        ("DNK", 30), ("CZE", 40), ("SRB", 40), ("GRC", 30), ("USA", 20))], bitter=("RUS", "POL", "CZE"))
    war_remembered(rel, "JPN", [(x, h, -50) for x, h in (
        ("CHN", 50), ("PHL", 40), ("KOR", 40), ("USA", 30), ("AUS", 30), ("GBR", 20), ("NLD", 20))])

    # Soviet acts of 1947-49 (DESIGN §4.4: coalitions answer what a state has done). Severities are the rules'
    # scale (assets/rules/default.json "hostility"); sources in SOURCES below and in the notes.
    events = [
        dated_event("romanian-abdication", "1947-12",
                    "Under Soviet occupation, King Michael of Romania is forced to abdicate and a People's Republic "
                    "is proclaimed (30 December 1947).",
                    [add_to("ROU", "stability", -5)], hostile_act("RUS", "ROU", 15, "puppet")),
        dated_event("czech-coup", "1948-02",
                    "Communists take power in Prague with Soviet backing (Deputy Foreign Minister Zorin in Prague, "
                    "20-25 February 1948): Czechoslovakia joins the Soviet bloc in full.",
                    [add_to("CZE", "stability", -10)], hostile_act("RUS", "CZE", 40, "regime-change")),
        dated_event("finnish-pact-demand", "1948-02",
                    "Stalin writes to President Paasikivi demanding a treaty of mutual assistance (22 February 1948); "
                    "Finland signs a limited one in April.",
                    act=hostile_act("RUS", "FIN", 5, "ultimatum")),
        dated_event("marshall-aid-1948", "1948-04",
                    "Marshall Plan aid begins to flow (European Recovery Program, April 1948).",
                    [multiply(x, "gdp", 1.02) for x in "GBR FRA ITA DEU NLD BEL AUT GRC".split()]),
        dated_event("berlin-blockade", "1948-06",
                    "The Soviet Union cuts all road, rail and canal access to West Berlin (24 June 1948 - 12 May "
                    "1949), against the four-power occupation of the city; the Western allies answer with an airlift.",
                    [add_to("DEU", "stability", -5)], hostile_act("RUS", "DEU", 15, "blockade")),
        dated_event("yugoslav-blockade", "1949-09",
                    "After Yugoslavia's expulsion from the Cominform (June 1948), the Soviet Union renounces its "
                    "treaty of friendship with Belgrade (28 September 1949) and the Soviet bloc cuts its trade.",
                    act=hostile_act("RUS", "SRB", 3, "sanctions")),
        first_atomic_test("soviet-bomb", "RUS", "1949-08",
                          "The Soviet Union tests its first atomic bomb (RDS-1, 29 August 1949)."),
        first_atomic_test("british-bomb", "GBR", "1952-10",
                          "Britain tests its first atomic bomb (Operation Hurricane, 3 October 1952)."),
        first_atomic_test("french-bomb", "FRA", "1960-02",
                          "France tests its first atomic bomb (Gerboise Bleue, 13 February 1960)."),
        first_atomic_test("chinese-bomb", "CHN", "1964-10",
                          "China tests its first atomic bomb (596, 16 October 1964)."),
    ]
    west = ["GBR", "FRA", "BEL", "NLD", "LUX", "NOR", "DNK", "ITA", "PRT", "CAN", "ISL"]
    claims = [
        {"id": "two-blocs", "kind": "alliance-forms", "turns": 20, "required": 0.7,
         "text": "Two blocs form: new alliances tie Western Europe and the United States together.",
         "sideA": west, "sideB": ["USA"] + west, "byTurn": 10, "orCoalition": True},
        {"id": "west-balances-ussr", "kind": "coalition-against", "turns": 20, "required": 0.6,
         "text": "Western Europe balances against the nearby Soviet Union: a coalition against it that includes "
                 "France and Britain.",
         "target": "RUS", "byTurn": 20, "includes": ["FRA", "GBR"], "minMembers": 3},
        {"id": "no-balancing-of-usa", "kind": "no-coalition-against", "turns": 20, "required": 0.8,
         "text": "No coalition forms against the stronger but distant United States.", "target": "USA"},
        {"id": "arms-control-eases", "kind": "opinion-change", "turns": 40, "required": 0.6,
         "text": "Arms control lowers tension: in 1963, when both superpowers have held the bomb for over a decade, "
                 "the Soviet Union accepts a US offer of arms control (the Limited Test Ban Treaty, August 1963), and "
                 "four years on its view of the US stands at least 5 points above where it stood before the offer. "
                 "Offered in 1947, when only the US has the bomb, the treaty is refused, as the Baruch Plan was. The "
                 "US is scripted and makes no other moves; without the treaty the Soviet view moves by under a point "
                 "over those four years.",
         "of": "USA", "by": ["RUS"], "change": "rise", "points": 5, "fromTurn": 32, "byTurn": 40,
         "orders": [{"turn": 33, "kind": "ARMS_CONTROL", "actor": "USA", "target": "RUS"}]},
        {"id": "no-superpower-war", "kind": "no-war", "turns": 20, "required": 0.9,
         "text": "Direct war between the superpowers is avoided.", "sideA": ["USA"], "sideB": ["RUS"]},
    ]
    return scenario_1950s(
        "cold-war-1947", "Cold War (1947)", START,
        summary="September 1947: the Truman Doctrine and the Marshall Plan have drawn the line across Europe. "
                "The United States is far stronger, but the Soviet Union stands on the Elbe. Who balances against whom?",
        notes=(
            "Essay case study (DESIGN §7). Power starts at the Correlates of War CINC shares of 1947 for every state "
            "with a score of at least 0.003 (USA 0.310, USSR 0.145, China 0.119, UK 0.091, ...); the other states share "
            "the rest by their GDP, population and forces, and from then on every share moves with the state's own "
            "growth. Money is in billions of 1950 US dollars (Maddison GDP volumes scaled to the US's 1950 GDP; see "
            "src/scenario-tools/historical.py), with the rules file rules/historical-1950s.json whose growth frontier "
            "matches that price level. Maddison's 1950 benchmark stands in for 1947, which overstates the economies "
            "still in ruins (Germany, Japan, the USSR). Military spending is COW's for 1947. "
            "The map's modern states stand in for their predecessors: RUS is the Soviet Union and holds the shapes "
            "of the fourteen other union republics (those states start absorbed); CZE is Czechoslovakia (with SVK), "
            "SRB is Yugoslavia (with HRV, SVN, BIH, MNE, MKD, XKX), PAK includes East Pakistan (BGD), CHN is the "
            "Republic of China in civil war (with Taiwan); DEU is occupied Germany (four zones; the Soviet zone is "
            "not split off), ISR and PSE stand for Mandate Palestine's two communities. Colonies keep their own shapes "
            "as passive states: the model has no empires, and the imperial powers' CINC already counts their "
            "metropolitan resources. Colonial wars (Indochina, Indonesia) are left out: they were not interstate wars "
            "between the states of the map and would distort the balance of threat in Europe. "
            "Treaties are those in force in September 1947: NATO (1949), the Brussels Treaty (1948) and the Warsaw "
            "Pact (1955) do not exist yet; the Soviet hold on Hungary, Romania and Bulgaria (occupation, treaties of "
            "1948) is written as alliances; Allied occupation of Germany, Japan and Korea as guarantees. "
            "Only the US has the bomb; scripted events give it to the USSR (1949), the UK (1952), France (1960) and "
            "China (1964). "
            "The Soviet acts of 1947-49 are scripted acts that write hostility as played acts do (coalitions answer "
            "what a state has done): the forced abdication in Romania (December 1947, puppet 15), the Prague coup "
            "(February 1948, regime change 40), Stalin's demand of a pact from Finland (February 1948, ultimatum 5), "
            "the Berlin blockade (June 1948, 15 as a breach of the four-power occupation) and the break with "
            "Yugoslavia (September 1949, sanctions 3); the pressure on Turkey and Iran (1945-46) predates the start "
            "and is in the remembered hostility. The acts change no regime, border or treaty: the model's states "
            "already stand for the bloc as it was by 1948. "
            "Doctrines: the states of the European theatre, the superpowers, Canada, Turkey and Greece are balanced "
            "realists; every other state is passive (it starts no war or coalition, so the case is not drowned in "
            "wars the essay does not discuss). Opinions and hostility memories are judgements anchored as in "
            "FORMAT.md: the Soviet annexations of 1939-45 and the pressure on Turkey and Iran (1945-46) are "
            "remembered; so is the Second World War, of Germany and Japan. "
            "Claims: two blocs form; Western Europe balances against the nearby USSR, not the stronger distant US; "
            "arms control lowers tension (a scripted US offer in 1963, once both have the bomb); no direct superpower war."),
        sources=[
            "Office of the Historian, US Department of State: Milestones 1945-1952 (Truman Doctrine, Marshall Plan, "
            "Rio Treaty, Berlin Airlift). https://history.state.gov/milestones/1945-1952",
            "Gaddis, J. L. (2005). The Cold War: A New History. Penguin (dates of the Czech coup, the blockade, the "
            "Soviet bomb).",
            "Scripted Soviet acts (severities from the rules' hostility scale): Romania, King Michael's forced "
            "abdication, 30 December 1947 (puppet 15): Tismaneanu, V. (2003). Stalinism for All Seasons: A Political "
            "History of Romanian Communism. University of California Press, ch. 3. Czechoslovakia, the communist "
            "seizure of power with Soviet backing, 20-25 February 1948 (regime change 40): Kaplan, K. (1987). The "
            "Short March: The Communist Takeover in Czechoslovakia 1945-1948. Hurst; Office of the Historian, "
            "Milestones 1945-1952. Finland, Stalin's letter to Paasikivi of 22 February 1948 demanding a pact of "
            "mutual assistance (ultimatum 5): FRUS 1948 vol. IV doc. 492, "
            "https://history.state.gov/historicaldocuments/frus1948v04/d492. Berlin blockade, 24 June 1948 - 12 May "
            "1949 (15, as a treaty breach: it broke the four-power occupation of Berlin; the scale has no blockade): "
            "https://history.state.gov/milestones/1945-1952/berlin-airlift. Yugoslavia, Soviet renunciation of the "
            "1945 treaty of friendship (28 September 1949) and the bloc's economic blockade after the Cominform "
            "expulsion of June 1948 (sanctions 3): FRUS 1949 vol. V doc. 583, "
            "https://history.state.gov/historicaldocuments/frus1949v05/d583.",
        ],
        nations=nations, absorbed=ABSORBED, blocs=blocs, treaties=treaties, relations=relations, events=events,
        objectives=[
            {"nation": "USA", "id": "usa-contain", "type": "contain", "target": "RUS", "withoutWar": True,
             "text": "Contain the Soviet Union without a war between you"},
            {"nation": "RUS", "id": "rus-survive", "type": "survive", "text": "Hold the Soviet Union together"},
        ],
        claims=claims) | {"injects": injects()}


if __name__ == "__main__":
    write(scenario(), "cold-war-1947.json")
