"""Builds assets/scenarios/ukraine-2022.json: January 2022, the eve of the Russian invasion.

Key actors carry 2021 figures; the other states fall back to the map (circa 2015). No war is in progress:
whether Russia invades is the player's or the AI's choice. Run: python3 src/scenario-tools/ukraine.py
"""
from common import (S, curator, EU27, ASEAN, NATO_2020, CSTO, GCC, AFRICA54, nation, write)
from regimes import regime_2023
from states import ALL

WB = "GDP: World Bank WDI 2021"
POP = "population: World Bank WDI 2021 (UN WPP-based)"
JUDGE = "softPower/stability/nationalism/reach: author's judgement (see notes)"
NATO_SRC = "milex: NATO Defence Expenditure 2021 estimate (share of GDP)"

C = {}
cur = curator(C, WB, POP, JUDGE, 2021)

# --- the crisis: Russia, Ukraine and the states between them ------------------------------------------
cur("RUS", 1837, 143.4, 65.9, 55, 70, 0.70, 5, "offensive-realist")
cur("UKR", 200, 43.8, 5.9, 35, 55, 0.60, 2,
    popsrc="population: World Bank WDI 2021 (within internationally recognised borders)")
cur("BLR", 68.2, 9.34, S(0.012), 20, 55, 0.40, 1, milsrc="milex: estimate ≈1.2% of GDP (SIPRI data incomplete)")
cur("POL", 681, 37.7, 13.4, 48, 75, 0.50, 2)
cur("EST", 36.2, 1.33, S(0.023), 40, 80, 0.50, 1, milsrc=NATO_SRC)
cur("LVA", 39.9, 1.89, S(0.022), 36, 75, 0.50, 1, milsrc=NATO_SRC)
cur("LTU", 66.8, 2.80, S(0.020), 38, 75, 0.50, 1, milsrc=NATO_SRC)
cur("FIN", 297, 5.54, S(0.019), 57, 85, 0.35, 1, "defensive-realist",
    milsrc="milex: SIPRI 2021 ≈1.9% of GDP (approx.)")
cur("SWE", 636, 10.4, S(0.013), 62, 80, 0.25, 2, "defensive-realist")
cur("MDA", 13.7, 2.6, S(0.004), 25, 45, 0.40, 1)
cur("GEO", 18.7, 3.71, S(0.016), 33, 55, 0.55, 1)
cur("ROU", 285, 19.1, S(0.020), 38, 65, 0.40, 1, milsrc=NATO_SRC)
cur("HUN", 182, 9.71, S(0.017), 40, 70, 0.55, 1, milsrc=NATO_SRC)
cur("TUR", 819, 84.8, S(0.019), 50, 55, 0.65, 3, milsrc="milex: SIPRI 2021 ≈1.9% of GDP (approx.)")
cur("KAZ", 197, 19.0, S(0.010), 35, 50, 0.40, 1)
# --- the West ------------------------------------------------------------------------------------------
cur("USA", 23315, 332.0, 801, 78, 65, 0.35, 6)
cur("GBR", 3131, 67.3, 68.4, 72, 70, 0.35, 4)
cur("FRA", 2958, 67.8, 56.6, 67, 65, 0.40, 4)
cur("DEU", 4260, 83.2, 56.0, 72, 80, 0.20, 3, "liberal-institutionalist")
cur("ITA", 2108, 59.1, 32.0, 61, 65, 0.30, 3)
cur("ESP", 1446, 47.4, S(0.012), 60, 70, 0.30, 2)
cur("NLD", 1013, 17.5, S(0.014), 58, 80, 0.20, 2, milsrc=NATO_SRC)
cur("NOR", 482, 5.41, S(0.017), 60, 85, 0.25, 2, "liberal-institutionalist", milsrc=NATO_SRC)
cur("CZE", 282, 10.5, S(0.014), 45, 75, 0.35, 1, milsrc=NATO_SRC)
cur("GRC", 214, 10.6, S(0.036), 48, 65, 0.50, 2, milsrc=NATO_SRC)
cur("CHE", 813, 8.7, S(0.007), 64, 90, 0.25, 1, "defensive-realist")
cur("CAN", 2001, 38.2, 26.4, 63, 80, 0.20, 2, "liberal-institutionalist")
cur("JPN", 5006, 125.7, 54.1, 72, 85, 0.30, 3, "defensive-realist")
cur("KOR", 1811, 51.7, 50.2, 58, 75, 0.40, 2)
cur("AUS", 1553, 25.7, 31.8, 60, 85, 0.30, 3)
# --- the distant large powers and the rest of the G20 -----------------------------------------------------
cur("CHN", 17734, 1412.4, 293, 70, 75, 0.60, 5, milsrc="milex: SIPRI 2021 estimate ($293bn)")
cur("IND", 3150, 1407.6, 76.6, 52, 55, 0.55, 3)
cur("BRA", 1649, 214.3, S(0.012), 50, 55, 0.35, 2)
cur("ZAF", 419, 59.4, S(0.008), 45, 45, 0.30, 2)
cur("SAU", 834, 36.0, 55.6, 52, 70, 0.45, 2, milsrc="milex: SIPRI 2021 estimate ($55.6bn)")
cur("MEX", 1313, 126.7, S(0.007), 45, 45, 0.40, 1)
cur("IDN", 1186, 273.8, S(0.007), 45, 60, 0.45, 2)
cur("ARG", 487, 45.8, S(0.006), 47, 50, 0.40, 2)
cur("ISR", 489, 9.36, 24.3, 50, 55, 0.60, 3)
cur("IRN", 360, 87.9, S(0.023), 30, 45, 0.60, 3,
    milsrc="milex: SIPRI 2021 ≈2.3% of GDP (the dollar figure depends on the exchange rate used)")
cur("PAK", 348, 231.4, 11.3, 30, 35, 0.60, 2)
cur("PRK", 32, 26.0, 4.0, 5, 70, 0.90, 2, "defensive-realist",
    gdpsrc="GDP: Bank of Korea 2021 estimate (very uncertain)",
    milsrc="milex: estimate after US State Dept WMEAT 2021 ($4bn; no SIPRI figure)")
cur("TWN", 775, 23.4, S(0.017), 50, 80, 0.45, 2, "defensive-realist",
    gdpsrc="GDP: IMF WEO (2021; Taiwan is not in WDI)", popsrc="population: Taiwan Ministry of the Interior 2021")
cur("EGY", 425, 109.3, S(0.011), 40, 45, 0.45, 2)
cur("NGA", 441, 213.4, S(0.010), 35, 30, 0.40, 2)
cur("VNM", 366, 97.5, S(0.023), 40, 75, 0.55, 2,
    milsrc="milex: SIPRI has no figure since 2018; last share (≈2.3%) assumed")

NOTES = (
    "January 2022: Russian forces are massing on Ukraine's borders, Finland and Sweden are militarily "
    "non-aligned, and no war is in progress: whether Russia invades is the player's or the AI's choice. "
    "The claim to reproduce (DESIGN §7): an invasion triggers broad sanctions, near neighbours move from "
    "neutrality into alliance, distant large powers abstain, nuclear powers avoid direct war, and the "
    "invader's growth drops several points. Doctrines: Russia offensive-realist (the 2008 and 2014 wars and "
    "the 2021-22 build-up); Finland, Sweden, Switzerland, Japan, Taiwan and North Korea defensive-realist "
    "(non-alignment, neutrality and deterrence postures); Germany, Canada and Norway liberal-institutionalist "
    "(Germany's 'change through trade' policy toward Russia); the rest balanced-realist. The map shows Crimea "
    "inside Russia (de facto control since 2014); the Donbas front of 2014-22 is not modelled as a war. "
    "Regimes: EIU Democracy Index 2021 categories (equal to the 2023 ones except Pakistan, hybrid in 2021, "
    "and Peru, a flawed democracy in 2021). Figures for the {n} curated states are 2021 (World Bank, SIPRI "
    "2022 release); the others fall back to the map's circa-2015 figures. Relations: an entry applies both "
    "ways unless the reverse pair is listed too, in which case each entry gives how 'a' sees 'b'."
).format(n=len(C))

SOURCES = [
    "World Bank (2022). World Development Indicators: GDP (current US$), NY.GDP.MKTP.CD, and population, SP.POP.TOTL, 2021 values.",
    "International Monetary Fund (2022). World Economic Outlook Database, April 2022 (Taiwan GDP).",
    "Stockholm International Peace Research Institute (2022). SIPRI Military Expenditure Database, April 2022 release; D. Lopes da Silva et al., 'Trends in World Military Expenditure, 2021', SIPRI Fact Sheet, April 2022.",
    "NATO (2022). Defence Expenditure of NATO Countries (2014–2021), press release, 31 March 2022.",
    "U.S. Department of State, Bureau of Arms Control (2021). World Military Expenditures and Arms Transfers 2021 (North Korea estimate).",
    "Bank of Korea (2022). Gross Domestic Product Estimates for North Korea in 2021.",
    "Economist Intelligence Unit (2022). Democracy Index 2021: The China Challenge. London: EIU.",
    "Freedom House (2022). Freedom in the World 2022 (regime of states the EIU does not rate).",
    "Brand Finance (2022). Global Soft Power Index 2022 (scale for softPower).",
    "World Bank (2021). Worldwide Governance Indicators, 2021 update: Political Stability and Absence of Violence/Terrorism (guide for stability).",
    "H. M. Kristensen, M. Korda (2022). Status of World Nuclear Forces. Federation of American Scientists (nuclear levels).",
    "Treaty texts and accession dates as named in the blocs and treaties lists.",
]


def nations():
    reg = regime_2023()
    reg["PAK"] = ("hybrid", "EIU Democracy Index 2021")
    reg["PER"] = ("democracy", "EIU Democracy Index 2021")
    out = []
    for nid in ALL:
        regime, rsrc = reg[nid]
        rsrc = rsrc.replace("EIU Democracy Index 2023", "EIU Democracy Index 2021").replace(
            "Freedom House 2024", "Freedom House 2022")
        out.append(nation(nid, regime, rsrc, curated=C.get(nid)))
    return out


def blocs():
    return [
        {"id": "NATO", "name": "North Atlantic Treaty Organization", "type": "alliance", "members": NATO_2020},
        {"id": "CSTO", "name": "Collective Security Treaty Organization", "type": "alliance", "members": CSTO},
        {"id": "EU", "name": "European Union", "type": "institution", "members": EU27},
        {"id": "ASEAN", "name": "Association of Southeast Asian Nations", "type": "institution", "members": ASEAN},
        {"id": "AU", "name": "African Union", "type": "institution", "members": AFRICA54},
        {"id": "SCO", "name": "Shanghai Cooperation Organisation", "type": "institution",
         "members": "CHN RUS IND PAK KAZ KGZ TJK UZB".split()},
        {"id": "BRICS", "name": "BRICS", "type": "institution", "members": "BRA RUS IND CHN ZAF".split()},
        {"id": "GCC", "name": "Gulf Cooperation Council", "type": "institution", "members": GCC},
        {"id": "QUAD", "name": "Quadrilateral Security Dialogue", "type": "institution", "members": "USA JPN IND AUS".split()},
        {"id": "AUKUS", "name": "AUKUS security partnership (2021)", "type": "institution", "members": "AUS GBR USA".split()},
        {"id": "USMCA", "name": "United States–Mexico–Canada Agreement", "type": "trade", "members": "USA MEX CAN".split()},
        {"id": "RCEP", "name": "Regional Comprehensive Economic Partnership (in force 2022)", "type": "trade",
         "members": ASEAN + "CHN JPN KOR AUS NZL".split()},
        {"id": "CPTPP", "name": "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "type": "trade",
         "members": "AUS BRN CAN CHL JPN MYS MEX NZL PER SGP VNM".split()},
        {"id": "EAEU", "name": "Eurasian Economic Union", "type": "trade", "members": "RUS BLR KAZ KGZ ARM".split()},
        {"id": "MERCOSUR", "name": "Mercosur (Southern Common Market)", "type": "trade", "members": "ARG BRA PRY URY".split()},
        {"id": "EU-SM", "name": "EU Single Market and Customs Union", "type": "trade", "members": EU27},
    ]


def treaties():
    return [
        {"type": "alliance", "a": "USA", "b": "JPN", "name": "US–Japan Treaty of Mutual Cooperation and Security (1960)"},
        {"type": "alliance", "a": "USA", "b": "KOR", "name": "US–ROK Mutual Defense Treaty (1953)"},
        {"type": "alliance", "a": "USA", "b": "AUS", "name": "ANZUS Treaty (1951)"},
        {"type": "alliance", "a": "AUS", "b": "NZL", "name": "ANZUS Treaty (1951)"},
        {"type": "alliance", "a": "USA", "b": "PHL", "name": "US–Philippines Mutual Defense Treaty (1951)"},
        {"type": "alliance", "a": "USA", "b": "THA", "name": "Manila Pact (1954) and Thanat–Rusk communiqué (1962)"},
        {"type": "alliance", "a": "CHN", "b": "PRK", "name": "Sino-North Korean Treaty of Friendship, Cooperation and Mutual Assistance (1961)"},
        {"type": "alliance", "a": "RUS", "b": "BLR", "name": "Union State of Russia and Belarus (1999)"},
        {"type": "alliance", "a": "TUR", "b": "AZE", "name": "Shusha Declaration on Allied Relations (2021)"},
        {"type": "alliance", "a": "IRN", "b": "SYR", "name": "Iran–Syria mutual defence agreement (2006)"},
        {"type": "guarantee", "a": "USA", "b": "TWN", "name": "Taiwan Relations Act (1979)"},
        {"type": "non-aggression", "a": "CHN", "b": "RUS", "name": "Sino-Russian Treaty of Good-Neighbourliness and Friendly Cooperation (2001)"},
        {"type": "arms-control", "a": "USA", "b": "RUS", "name": "New START (2011, extended to 2026)"},
        {"type": "arms-control", "a": "IND", "b": "PAK", "name": "Agreement on the Prohibition of Attack against Nuclear Installations (1988)"},
        {"type": "trade", "a": "UKR", "b": "CAN", "name": "Canada–Ukraine Free Trade Agreement (2017)"},
        {"type": "trade", "a": "USA", "b": "KOR", "name": "KORUS Free Trade Agreement (2012)"},
        {"type": "trade", "a": "USA", "b": "AUS", "name": "Australia–US Free Trade Agreement (2005)"},
        {"type": "trade", "a": "USA", "b": "ISR", "name": "US–Israel Free Trade Agreement (1985)"},
        {"type": "trade", "a": "CHN", "b": "PAK", "name": "China–Pakistan Free Trade Agreement (2007)"},
        {"type": "trade", "a": "GBR", "b": "JPN", "name": "UK–Japan Comprehensive Economic Partnership Agreement (2021)"},
    ]


def sanctions():
    out = []

    def add(senders, target, multi, name):
        for s in senders:
            out.append({"sender": s, "target": target, "multilateral": multi, "name": name})

    add(["USA", "GBR", "CAN", "JPN", "AUS", "CHE", "NOR", "ISL", "UKR"] + EU27, "RUS", True,
        "Sanctions over the annexation of Crimea and the war in Donbas (2014–)")
    add(["USA", "GBR", "CAN", "CHE", "NOR"] + EU27, "BLR", True,
        "Sanctions after the 2020 election crackdown and the 2021 Ryanair diversion")
    add(["USA"], "IRN", False, "US sanctions on Iran, with secondary sanctions (reimposed 2018)")
    add(["GBR", "CAN", "AUS"] + EU27, "IRN", True, "Targeted sanctions on Iran (human rights, missiles)")
    add(["USA", "JPN", "KOR", "GBR", "CAN", "AUS", "NZL", "CHE", "NOR"] + EU27, "PRK", True,
        "UN Security Council sanctions on North Korea (2006–) and national measures")
    add(["USA", "GBR", "CAN", "AUS", "CHE"] + EU27, "SYR", True, "Sanctions on the Assad government (2011–)")
    add(["USA"], "VEN", False, "US sectoral sanctions on Venezuela (2017–)")
    add(["CAN", "GBR", "CHE"] + EU27, "VEN", True, "Targeted sanctions and arms embargo on Venezuela")
    add(["USA"], "CUB", False, "US embargo on Cuba (1962–)")
    return out


def relations():
    R = []

    def rel(a, b, opinion, hostility=0):
        R.append({"a": a, "b": b, "opinion": opinion, "hostility": hostility})

    # the crisis
    rel("UKR", "RUS", -75, 35); rel("RUS", "UKR", -60, 5)
    for b, o, h in [("POL", -50, 12), ("EST", -55, 12), ("LVA", -55, 12), ("LTU", -55, 12), ("GBR", -50, 10),
                    ("USA", -45, 10), ("FIN", -10, 3), ("SWE", -20, 3), ("MDA", -30, 10), ("GEO", -50, 20),
                    ("ROU", -35, 5), ("CZE", -40, 8)]:
        rel(b, "RUS", o, h); rel("RUS", b, o, 3)
    rel("RUS", "DEU", 0, 3); rel("RUS", "FRA", 0, 3); rel("RUS", "HUN", 20); rel("RUS", "TUR", 10)
    rel("RUS", "BLR", 70); rel("RUS", "KAZ", 40); rel("RUS", "CHN", 60); rel("RUS", "IND", 45)
    rel("RUS", "SRB", 50); rel("RUS", "SYR", 60); rel("RUS", "IRN", 30); rel("RUS", "ARM", 40)
    rel("UKR", "USA", 45); rel("UKR", "POL", 40); rel("UKR", "DEU", 35); rel("UKR", "GBR", 55)
    rel("UKR", "TUR", 40); rel("UKR", "LTU", 50); rel("UKR", "HUN", -20)
    rel("BLR", "UKR", -20); rel("BLR", "POL", -40, 3); rel("POL", "BLR", -40, 8)
    rel("BLR", "LTU", -40, 3); rel("LTU", "BLR", -45, 8); rel("BLR", "LVA", -35, 3)
    rel("FIN", "SWE", 80); rel("FIN", "EST", 60)
    rel("DEU", "FRA", 75); rel("POL", "DEU", 30); rel("USA", "GBR", 80); rel("USA", "DEU", 55)
    # the wider world
    rel("USA", "CHN", -30, 5)
    rel("CHN", "TWN", -55, 3); rel("TWN", "CHN", -55, 20)
    rel("CHN", "IND", -35, 20); rel("CHN", "JPN", -35, 5); rel("CHN", "PAK", 70)
    rel("USA", "IRN", -75, 20); rel("ISR", "IRN", -85, 30); rel("USA", "PRK", -70, 15)
    rel("USA", "VEN", -45, 5); rel("USA", "CUB", -40, 5)
    rel("IND", "PAK", -55, 25); rel("KOR", "PRK", -55, 20); rel("JPN", "PRK", -65, 12)
    rel("ARM", "AZE", -65, 35); rel("AZE", "ARM", -55, 10)
    rel("SRB", "XKX", -55, 8); rel("XKX", "SRB", -60, 15)
    rel("GRC", "TUR", -35, 5); rel("CYP", "TUR", -50, 20); rel("TUR", "CYP", -40)
    rel("MAR", "DZA", -50, 5)
    return R


def events():
    return [
        {"id": "eu-gas-crunch", "turn": 2, "visibility": "all",
         "text": "European gas prices reach record highs as storage runs low after a cold winter.",
         "effects": [{"nation": n, "field": "gdp", "multiply": 0.997} for n in ["DEU", "ITA", "AUT", "HUN", "SVK", "CZE"]]
         + [{"nation": "RUS", "field": "treasury", "add": 5}]},
        {"id": "shanghai-lockdown", "turn": 4, "visibility": "all",
         "text": "China locks down Shanghai under its zero-COVID policy; factories and ports stall.",
         "effects": [{"nation": "CHN", "field": "gdp", "multiply": 0.99}, {"nation": "CHN", "field": "stability", "add": -3}]},
        {"id": "sri-lanka-default", "turn": 4, "visibility": "all",
         "text": "Sri Lanka defaults on its foreign debt; fuel queues and protests topple the government.",
         "effects": [{"nation": "LKA", "field": "gdp", "multiply": 0.92}, {"nation": "LKA", "field": "stability", "add": -20}]},
        {"id": "rate-shock", "turn": 6, "visibility": "all",
         "text": "Post-pandemic inflation: central banks raise interest rates at the fastest pace in decades.",
         "effects": [{"nation": n, "field": "gdp", "multiply": 0.995} for n in ["USA", "GBR", "DEU", "FRA", "ITA", "CAN"]]
         + [{"nation": n, "field": "gdp", "multiply": 0.98} for n in ["ARG", "EGY", "PAK", "TUR"]]},
        {"id": "pakistan-floods", "turn": 8, "visibility": "all",
         "text": "Catastrophic monsoon floods cover a third of Pakistan.",
         "effects": [{"nation": "PAK", "field": "gdp", "multiply": 0.97}, {"nation": "PAK", "field": "stability", "add": -8}]},
        {"id": "turkey-syria-earthquake", "turn": 14, "visibility": "all",
         "text": "Twin earthquakes devastate southern Türkiye and northern Syria.",
         "effects": [{"nation": "TUR", "field": "gdp", "multiply": 0.98}, {"nation": "TUR", "field": "stability", "add": -5},
                     {"nation": "SYR", "field": "stability", "add": -8}]},
        {"id": "us-bank-failures", "turn": 15, "visibility": "all",
         "text": "Regional bank failures in the United States shake markets.",
         "effects": [{"nation": "USA", "field": "gdp", "multiply": 0.997}, {"nation": "USA", "field": "stability", "add": -2}]},
    ]


def objectives():
    return [
        {"nation": "UKR", "id": "ukr-survive", "type": "survive",
         "text": "Survive as an independent state until the end of the game"},
        {"nation": "RUS", "id": "rus-sphere", "type": "power-share", "threshold": 0.03, "noCoalitionTurns": 6,
         "text": "Raise Russia to 3% of world power with no coalition against you for 6 turns"},
        {"nation": "USA", "id": "usa-deter-russia", "type": "contain", "target": "RUS", "withoutWar": True,
         "text": "Contain Russia without a direct war between nuclear powers"},
        {"nation": "POL", "id": "pol-deter-russia", "type": "contain", "target": "RUS", "withoutWar": True,
         "text": "Keep Russia away from your borders without fighting it"},
        {"nation": "FIN", "id": "fin-deter-russia", "type": "contain", "target": "RUS", "withoutWar": True,
         "text": "Stay secure next to Russia without a war"},
        {"nation": "CHN", "id": "chn-rise", "type": "power-share", "threshold": 0.17, "noCoalitionTurns": 6,
         "text": "Reach 17% of world power with no coalition against you for 6 turns"},
    ]


def injects():
    """The instructor's library (FORMAT.md, injects): news, intelligence and crises to fire when the class needs one."""
    return [
        {"id": "invasion-warning", "title": "Allied intelligence: invasion imminent", "category": "intelligence",
         "visibility": "parties", "audience": ["USA", "GBR", "UKR", "POL"],
         "text": "Satellite images show Russian field hospitals, fuel and blood supplies moving up to Ukraine's "
                 "border: allied intelligence judges that an invasion is days away."},
        {"id": "pipeline-sabotage", "title": "Baltic gas pipelines sabotaged", "category": "crisis",
         "visibility": "all",
         "text": "Explosions wreck the gas pipelines under the Baltic Sea; nobody claims them and Europe's gas "
                 "prices jump again.",
         "effects": [{"nation": "DEU", "field": "gdp", "multiply": 0.995},
                     {"nation": "RUS", "field": "treasury", "add": -5}]},
        {"id": "grain-blockade", "title": "Black Sea ports blockaded", "category": "crisis", "visibility": "all",
         "text": "The Russian fleet closes Ukraine's Black Sea ports: grain ships cannot sail and bread prices soar "
                 "from Cairo to Beirut.",
         "effects": [{"nation": "UKR", "field": "gdp", "multiply": 0.97},
                     {"nation": "EGY", "field": "stability", "add": -3},
                     {"nation": "LBN", "field": "stability", "add": -3}],
         "act": {"actor": "RUS", "victim": "UKR", "severity": 10, "kind": "blockade"}},
        {"id": "refugees", "title": "Refugees cross into Poland", "category": "news", "visibility": "all",
         "text": "Millions of Ukrainians flee west; Poland takes in more than a million and asks its partners for "
                 "help.",
         "effects": [{"nation": "POL", "field": "treasury", "add": -8},
                     {"nation": "POL", "field": "stability", "add": -2},
                     {"nation": "UKR", "field": "stability", "add": -4}]},
        {"id": "nuclear-plant-shelled", "title": "Nuclear plant shelled", "category": "crisis", "visibility": "all",
         "text": "Shells land near Europe's largest nuclear power plant at Zaporizhzhia; inspectors warn of a "
                 "disaster nobody could contain.",
         "effects": [{"nation": "UKR", "field": "stability", "add": -3}]},
        {"id": "belarus-mobilises", "title": "Belarus calls up reservists", "category": "intelligence",
         "visibility": "parties", "audience": ["UKR", "POL", "LTU"],
         "text": "Border guards report Belarusian reservists and Russian units gathering near the northern border.",
         "effects": [{"nation": "BLR", "field": "military", "multiply": 1.03}]},
        {"id": "oil-price-spike", "title": "Oil above $120", "category": "news", "visibility": "all",
         "text": "Oil passes $120 a barrel: exporters' treasuries fill while Europe's industry pays.",
         "effects": [{"nation": "RUS", "field": "treasury", "add": 10},
                     {"nation": "SAU", "field": "treasury", "add": 10},
                     {"nation": "DEU", "field": "gdp", "multiply": 0.998},
                     {"nation": "ITA", "field": "gdp", "multiply": 0.998}]},
    ]


def scenario():
    return {
        "format": 1,
        "id": "ukraine-2022",
        "title": "Ukraine (2022)",
        "summary": ("January 2022: Russian armies mass on Ukraine's borders, while Finland and Sweden stand "
                    "outside NATO. Will Russia invade, and if it does, who balances, who abstains, and what "
                    "does it cost? One turn is a month."),
        "difficulty": "hard",
        "startDate": "2022-01",
        "monthsPerTurn": 1,
        "turns": 36,
        "map": "map/world.json",
        "rules": "rules/default.json",
        "defaultDoctrine": "balanced-realist",
        "notes": NOTES,
        "sources": SOURCES,
        "nations": nations(),
        "territories": [],
        "blocs": blocs(),
        "treaties": treaties(),
        "sanctions": sanctions(),
        "wars": [],
        "relations": relations(),
        "events": events(),
        "objectives": objectives(),
        "injects": injects(),
    }


if __name__ == "__main__":
    write(scenario(), "ukraine-2022.json")
