"""Builds assets/scenarios/belt-and-road-2013.json: January 2013, China on the eve of the Belt and Road.

Key actors carry figures circa 2012; the other states fall back to the map (circa 2015).
Run: python3 src/scenario-tools/belt_and_road.py
"""
from common import (S, curator, EU27, ASEAN, NATO_2009, GCC, AFRICA54, nation, write)
from regimes import regime_2023
from states import ALL

WB = "GDP: World Bank WDI 2012"
POP = "population: World Bank WDI 2012 (UN WPP-based)"
JUDGE = "softPower/stability/nationalism/reach: author's judgement (see notes)"
EU27_2013 = [x for x in EU27 if x != "HRV"] + ["GBR"]          # Croatia joined on 1 July 2013
AU_2013 = [x for x in AFRICA54 if x != "MAR"]                  # Morocco rejoined in 2017

C = {}
cur = curator(C, WB, POP, JUDGE, 2012)

# --- China and the Belt and Road corridors ------------------------------------------------------------
cur("CHN", 8532, 1354.2, S(0.020), 50, 75, 0.55, 4, milsrc="milex: SIPRI estimate ≈2.0% of GDP (2012)")
cur("PAK", 225, 190.0, S(0.030), 28, 30, 0.55, 2, popsrc="population: approx. (pre-2017-census estimates vary)")
cur("KAZ", 208, 16.8, S(0.011), 35, 65, 0.40, 1)
cur("UZB", 57, 29.8, S(0.030), 20, 65, 0.45, 1, gdpsrc="GDP: World Bank WDI 2012 (approx.)",
    milsrc="milex: estimate ≈3% of GDP (no SIPRI figure)")
cur("MNG", 12.3, 2.8, S(0.009), 30, 70, 0.50, 1)
cur("LKA", 68.4, 20.4, S(0.024), 30, 55, 0.55, 1)
cur("BGD", 133, 152.0, S(0.012), 25, 45, 0.45, 1)
cur("MMR", 60, 51.5, S(0.040), 10, 35, 0.55, 1, gdpsrc="GDP: World Bank WDI 2012 (approx.)",
    milsrc="milex: estimate ≈4% of GDP (SIPRI data partial)")
cur("KHM", 14.0, 14.8, S(0.015), 25, 60, 0.40, 1)
cur("LAO", 10.2, 6.6, S(0.002), 15, 70, 0.35, 1, milsrc="milex: estimate ≈0.2% of GDP (SIPRI data partial)")
cur("VNM", 196, 89.3, S(0.023), 35, 75, 0.60, 2)
cur("PHL", 262, 96.9, S(0.012), 40, 45, 0.45, 1)
cur("IDN", 918, 248.9, S(0.008), 42, 60, 0.45, 2)
cur("MYS", 314, 29.2, S(0.015), 45, 70, 0.40, 1)
cur("THA", 397, 67.2, S(0.015), 45, 45, 0.45, 1)
cur("SGP", 295, 5.3, S(0.032), 55, 90, 0.30, 1)
cur("IRN", 600, 76.4, S(0.020), 28, 50, 0.60, 3,
    gdpsrc="GDP: World Bank WDI 2012 at the official exchange rate (approx.; the rial collapsed in 2012)")
cur("TUR", 874, 75.2, 18.2, 50, 60, 0.55, 3)
cur("SAU", 736, 29.5, 56.7, 50, 70, 0.45, 2)
cur("EGY", 279, 87.0, S(0.017), 38, 30, 0.50, 2)
cur("ETH", 43.3, 92.0, S(0.008), 25, 45, 0.50, 1)
cur("NGA", 460, 169.0, S(0.005), 30, 30, 0.40, 2, gdpsrc="GDP: World Bank WDI 2012 (after the 2014 rebasing)")
cur("ZAF", 434, 52.8, S(0.011), 45, 55, 0.30, 2)
cur("GRC", 245, 11.05, S(0.025), 45, 45, 0.50, 2)
# --- the great powers and their allies ---------------------------------------------------------------------
cur("USA", 16254, 313.9, 682, 80, 75, 0.35, 6)
cur("RUS", 2208, 143.2, 90.7, 50, 65, 0.60, 5, "offensive-realist", milsrc="milex: SIPRI 2012 estimate ($90.7bn)")
cur("IND", 1828, 1263.6, 46.1, 48, 55, 0.50, 3)
cur("JPN", 6272, 127.6, 59.3, 70, 85, 0.35, 3, "defensive-realist")
cur("KOR", 1278, 50.2, 31.7, 55, 75, 0.40, 2)
cur("PRK", 30, 24.8, 3.5, 5, 70, 0.90, 2, "defensive-realist",
    gdpsrc="GDP: Bank of Korea 2012 estimate (very uncertain)",
    milsrc="milex: estimate after US State Dept WMEAT ($3.5bn; no SIPRI figure)")
cur("TWN", 496, 23.3, S(0.021), 50, 75, 0.40, 2, "defensive-realist",
    gdpsrc="GDP: IMF WEO (2012; Taiwan is not in WDI)", popsrc="population: Taiwan Ministry of the Interior 2012")
cur("AUS", 1547, 22.7, 26.2, 60, 85, 0.30, 3)
cur("DEU", 3527, 80.4, 45.8, 72, 80, 0.20, 3, "liberal-institutionalist")
cur("GBR", 2707, 63.7, 60.8, 72, 75, 0.35, 4)
cur("FRA", 2683, 65.7, 58.9, 67, 70, 0.40, 4)
cur("ITA", 2087, 59.5, 34.0, 60, 60, 0.30, 3)
cur("CAN", 1828, 34.8, 22.5, 63, 85, 0.20, 2, "liberal-institutionalist")
cur("BRA", 2465, 199.3, 33.1, 52, 60, 0.35, 2)
cur("ISR", 259, 7.9, S(0.057), 50, 55, 0.60, 3)

BASIC = {  # GDP $bn and population m, World Bank WDI 2012 (rounded)
    "ESP": (1325, 46.8), "MEX": (1201, 117.3), "ARG": (546, 42.1), "POL": (500, 38.1), "NLD": (829, 16.8),
    "UKR": (176, 45.6), "KGZ": (6.6, 5.6), "TJK": (7.6, 8.0), "NPL": (19.9, 27.6), "AFG": (20.0, 30.7),
    "KEN": (50.4, 44.3), "TZA": (39.1, 47.1), "DJI": (1.4, 0.86), "IRQ": (218, 32.6), "ARE": (375, 8.9),
    "QAT": (186, 2.0), "KWT": (174, 3.4), "NZL": (176, 4.4), "CHE": (668, 8.0), "SWE": (544, 9.5),
    "NOR": (510, 5.0), "BLR": (65.7, 9.5), "TKM": (35, 5.2), "AZE": (69.7, 9.3), "SRB": (40.7, 7.2),
    "HUN": (128, 9.9), "CZE": (209, 10.5), "ROU": (171, 20.1), "COL": (370, 47.0), "CHL": (267, 17.4),
    "VEN": (381, 30.0), "PER": (193, 30.0), "DZA": (209, 37.6), "AGO": (128, 25.1),
}
BASIC_NOTE = {"VEN": "GDP: World Bank 2012 at the official exchange rate (approx.)",
              "TKM": "GDP: estimate at the official exchange rate", "AFG": "GDP: World Bank 2012 (approx.)"}

# EIU Democracy Index 2012 categories where they differ from 2023 (author's recollection of the 2012 edition).
REGIME_2012 = {
    "EGY": "hybrid", "LBY": "hybrid", "IRQ": "hybrid", "LBN": "hybrid", "PSE": "hybrid", "KGZ": "hybrid",
    "PAK": "hybrid", "SGP": "hybrid", "KHM": "hybrid", "LKA": "hybrid", "FJI": "autocracy", "VEN": "hybrid",
    "NIC": "hybrid", "HTI": "hybrid", "MLI": "hybrid", "NER": "hybrid", "BDI": "hybrid", "MOZ": "hybrid",
    "MDG": "autocracy", "NGA": "autocracy", "CIV": "autocracy", "ALB": "hybrid", "SLV": "democracy",
    "MEX": "democracy", "PER": "democracy", "ZMB": "democracy", "SEN": "democracy", "BEN": "democracy",
}

NOTES = (
    "January 2013: Xi Jinping has just become China's leader; in September and October 2013 he will propose "
    "the Silk Road Economic Belt (Astana) and the 21st-Century Maritime Silk Road (Jakarta). The claim to "
    "reproduce (DESIGN §7): economic expansion (trade, investment, infrastructure loans) gains China "
    "influence with little hard balancing, while a military push instead raises counterbalancing. Scripted "
    "events give the real milestones (the two speeches, the AIIB, the 2014 oil collapse, the 2016 South China "
    "Sea award, the Hambantota lease, the 2020 pandemic); nothing scripts Chinese or Russian military moves. "
    "Doctrines: Russia offensive-realist (the 2008 Georgian war; Crimea follows in 2014 if the AI so chooses); "
    "Japan, Taiwan and North Korea defensive-realist; Germany and Canada liberal-institutionalist; the rest, "
    "China included, balanced-realist. The map shows Crimea inside Russia (today's de-facto line); in 2013 "
    "it was Ukrainian, which a country-level map cannot show. Croatia joins the EU only in July 2013 and "
    "Morocco is outside the African Union (it rejoined in 2017); Paraguay was suspended from Mercosur until "
    "August 2013 and is left out. Regimes: EIU Democracy Index 2012 categories as the author recalls them "
    "(less certain than the 2023 ones). Figures for the {n} curated states are circa 2012 (World Bank, "
    "SIPRI); a few more states carry 2012 GDP and population; the rest fall back to the map's circa-2015 "
    "figures. Relations: an entry applies both ways unless the reverse pair is listed too, in which case each "
    "entry gives how 'a' sees 'b'."
).format(n=len(C))

SOURCES = [
    "World Bank (2014). World Development Indicators: GDP (current US$), NY.GDP.MKTP.CD, and population, SP.POP.TOTL, 2012 values (as revised in later releases).",
    "International Monetary Fund (2013). World Economic Outlook Database, April 2013 (Taiwan GDP).",
    "Stockholm International Peace Research Institute (2013). SIPRI Military Expenditure Database, April 2013 release; S. Perlo-Freeman et al., 'Trends in World Military Expenditure, 2012', SIPRI Fact Sheet, April 2013.",
    "U.S. Department of State (2016). World Military Expenditures and Arms Transfers 2016 (North Korea estimate).",
    "Bank of Korea (2013). Gross Domestic Product Estimates for North Korea in 2012.",
    "Economist Intelligence Unit (2013). Democracy Index 2012: Democracy at a Standstill. London: EIU.",
    "Freedom House (2013). Freedom in the World 2013 (regime of states the EIU does not rate).",
    "H. M. Kristensen, R. S. Norris (2013). Status of World Nuclear Forces. Federation of American Scientists (nuclear levels).",
    "Xi Jinping, speech at Nazarbayev University, Astana, 7 September 2013; speech to the Indonesian parliament, Jakarta, 3 October 2013.",
    "Permanent Court of Arbitration (2016). The South China Sea Arbitration (Philippines v. China), Award of 12 July 2016.",
    "Treaty texts and accession dates as named in the blocs and treaties lists.",
]


def nations():
    reg = regime_2023()
    out = []
    for nid in ALL:
        regime, rsrc = reg[nid]
        if nid in REGIME_2012:
            regime = REGIME_2012[nid]
        rsrc = rsrc.replace("EIU Democracy Index 2023", "EIU Democracy Index 2012").replace(
            "Freedom House 2024", "Freedom House 2013")
        if nid in C:
            out.append(nation(nid, regime, rsrc, curated=C[nid]))
        elif nid in BASIC:
            gdp, pop = BASIC[nid]
            note = "; ".join([BASIC_NOTE.get(nid, "GDP: World Bank WDI 2012 (rounded)"), POP,
                              "other figures: map defaults (circa 2015)"])
            out.append(nation(nid, regime, rsrc, basic=(gdp, pop, note)))
        else:
            out.append(nation(nid, regime, rsrc))
    return out


def blocs():
    return [
        {"id": "NATO", "name": "North Atlantic Treaty Organization", "type": "alliance", "members": NATO_2009},
        {"id": "CSTO", "name": "Collective Security Treaty Organization", "type": "alliance",
         "members": "RUS BLR ARM KAZ KGZ TJK".split()},
        {"id": "EU", "name": "European Union", "type": "institution", "members": EU27_2013},
        {"id": "ASEAN", "name": "Association of Southeast Asian Nations", "type": "institution", "members": ASEAN},
        {"id": "AU", "name": "African Union", "type": "institution", "members": AU_2013},
        {"id": "SCO", "name": "Shanghai Cooperation Organisation", "type": "institution",
         "members": "CHN RUS KAZ KGZ TJK UZB".split()},
        {"id": "BRICS", "name": "BRICS", "type": "institution", "members": "BRA RUS IND CHN ZAF".split()},
        {"id": "GCC", "name": "Gulf Cooperation Council", "type": "institution", "members": GCC},
        {"id": "NAFTA", "name": "North American Free Trade Agreement", "type": "trade", "members": "USA CAN MEX".split()},
        {"id": "ACFTA", "name": "ASEAN–China Free Trade Area (2010)", "type": "trade", "members": ASEAN + ["CHN"]},
        {"id": "ECU-EAEU", "name": "Eurasian Customs Union (2010)", "type": "trade", "members": "RUS BLR KAZ".split()},
        {"id": "MERCOSUR", "name": "Mercosur (Southern Common Market)", "type": "trade", "members": "ARG BRA URY VEN".split()},
        {"id": "EU-SM", "name": "EU Single Market and Customs Union", "type": "trade", "members": EU27_2013},
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
        {"type": "alliance", "a": "IRN", "b": "SYR", "name": "Iran–Syria mutual defence agreement (2006)"},
        {"type": "guarantee", "a": "USA", "b": "TWN", "name": "Taiwan Relations Act (1979)"},
        {"type": "non-aggression", "a": "CHN", "b": "RUS", "name": "Sino-Russian Treaty of Good-Neighbourliness and Friendly Cooperation (2001)"},
        {"type": "arms-control", "a": "USA", "b": "RUS", "name": "New START (2011)"},
        {"type": "arms-control", "a": "IND", "b": "PAK", "name": "Agreement on the Prohibition of Attack against Nuclear Installations (1988)"},
        {"type": "trade", "a": "CHN", "b": "PAK", "name": "China–Pakistan Free Trade Agreement (2007)"},
        {"type": "trade", "a": "CHN", "b": "TWN", "name": "Cross-Strait Economic Cooperation Framework Agreement (2010)"},
        {"type": "trade", "a": "CHN", "b": "NZL", "name": "China–New Zealand Free Trade Agreement (2008)"},
        {"type": "trade", "a": "CHN", "b": "CHL", "name": "China–Chile Free Trade Agreement (2006)"},
        {"type": "trade", "a": "CHN", "b": "PER", "name": "China–Peru Free Trade Agreement (2010)"},
        {"type": "trade", "a": "USA", "b": "KOR", "name": "KORUS Free Trade Agreement (2012)"},
        {"type": "trade", "a": "USA", "b": "AUS", "name": "Australia–US Free Trade Agreement (2005)"},
        {"type": "trade", "a": "USA", "b": "ISR", "name": "US–Israel Free Trade Agreement (1985)"},
        {"type": "trade", "a": "IND", "b": "JPN", "name": "India–Japan Comprehensive Economic Partnership Agreement (2011)"},
        {"type": "trade", "a": "IND", "b": "KOR", "name": "India–Korea Comprehensive Economic Partnership Agreement (2010)"},
    ]


def sanctions():
    out = []

    def add(senders, target, multi, name):
        for s in senders:
            out.append({"sender": s, "target": target, "multilateral": multi, "name": name})

    add(["USA", "CAN", "AUS", "JPN", "KOR", "CHE", "NOR"] + EU27_2013, "IRN", True,
        "UN Security Council sanctions on Iran's nuclear programme (2006–), US sanctions and the EU oil embargo (2012)")
    add(["USA", "JPN", "KOR", "CAN", "AUS", "NZL", "CHE", "NOR"] + EU27_2013, "PRK", True,
        "UN Security Council sanctions on North Korea (2006–) and national measures")
    add(["USA", "CAN", "AUS", "CHE", "TUR", "SAU", "QAT", "ARE"] + EU27_2013, "SYR", True,
        "Sanctions on the Assad government (2011–), including the Arab League's")
    add(["USA"] + EU27_2013, "BLR", True, "Targeted sanctions on Belarus after the 2010 election crackdown")
    add(["USA"], "CUB", False, "US embargo on Cuba (1962–)")
    return out


def relations():
    R = []

    def rel(a, b, opinion, hostility=0):
        R.append({"a": a, "b": b, "opinion": opinion, "hostility": hostility})

    # China and its neighbours
    rel("CHN", "JPN", -45, 10); rel("JPN", "CHN", -45, 15)
    rel("CHN", "PHL", -30, 3); rel("PHL", "CHN", -35, 10)
    rel("CHN", "VNM", -10, 3); rel("VNM", "CHN", -15, 8)
    rel("CHN", "IND", -15, 3); rel("IND", "CHN", -20, 5)
    rel("CHN", "USA", -10); rel("CHN", "TWN", 0); rel("TWN", "CHN", -10, 10)
    for b, o in [("PAK", 75), ("RUS", 45), ("KAZ", 40), ("KOR", 20), ("PRK", 40), ("MMR", 30), ("LKA", 45),
                 ("KHM", 60), ("LAO", 50), ("AUS", 15), ("DEU", 30), ("GBR", 10), ("IRN", 30), ("SAU", 20),
                 ("ZAF", 40), ("BRA", 30), ("MNG", 10), ("IDN", 20), ("MYS", 30), ("THA", 30), ("SGP", 25),
                 ("BGD", 30), ("ETH", 40), ("NGA", 30), ("KEN", 30), ("GRC", 20), ("UZB", 30)]:
        rel("CHN", b, o)
    # the United States and Russia
    for b, o in [("JPN", 75), ("KOR", 65), ("AUS", 75), ("GBR", 80), ("IND", 35), ("PHL", 50), ("VNM", 10),
                 ("TWN", 50), ("ISR", 60), ("SAU", 35)]:
        rel("USA", b, o)
    rel("USA", "PAK", -20, 3); rel("PAK", "USA", -30, 10)
    rel("USA", "RUS", -15, 3); rel("USA", "IRN", -75, 15); rel("USA", "PRK", -70, 15)
    rel("RUS", "UKR", 20); rel("RUS", "KAZ", 50); rel("RUS", "BLR", 60)
    rel("GEO", "RUS", -50, 25); rel("RUS", "GEO", -40, 3)
    # other dyads
    rel("ISR", "IRN", -80, 20); rel("KOR", "PRK", -60, 25); rel("JPN", "PRK", -65, 12); rel("JPN", "KOR", 0)
    rel("IND", "PAK", -50, 25)
    rel("ARM", "AZE", -60, 25); rel("CYP", "TUR", -50, 20); rel("TUR", "CYP", -40)
    rel("SRB", "XKX", -60, 10); rel("XKX", "SRB", -65, 20); rel("MAR", "DZA", -40)
    rel("SAU", "IRN", -40, 5); rel("TUR", "SYR", -50, 5); rel("SYR", "TUR", -50, 10); rel("GRC", "TUR", -10)
    rel("ETH", "ERI", -50, 20); rel("SDN", "SSD", -50, 20)
    return R


def events():
    return [
        {"id": "silk-road-economic-belt", "turn": 3, "visibility": "all",
         "text": "In Astana, Xi Jinping proposes a 'Silk Road Economic Belt' of railways, pipelines and trade across Eurasia.",
         "effects": [{"nation": "CHN", "field": "softPower", "add": 3}, {"nation": "KAZ", "field": "gdp", "multiply": 1.005}]},
        {"id": "maritime-silk-road", "turn": 4, "visibility": "all",
         "text": "In Jakarta, Xi Jinping proposes a '21st-Century Maritime Silk Road' of ports from the South China Sea to the Mediterranean.",
         "effects": [{"nation": "CHN", "field": "softPower", "add": 2}]},
        {"id": "oil-price-collapse", "turn": 8, "visibility": "all",
         "text": "The oil price halves within six months; exporters' budgets and currencies crash.",
         "effects": [e for n in ["RUS", "SAU", "IRN", "VEN", "NGA", "KAZ", "IRQ", "AGO", "DZA"]
                     for e in ({"nation": n, "field": "gdp", "multiply": 0.95}, {"nation": n, "field": "stability", "add": -3})]
         + [{"nation": n, "field": "gdp", "multiply": 1.005} for n in ["CHN", "IND", "JPN"]]},
        {"id": "china-stock-crash", "turn": 11, "visibility": "all",
         "text": "Shanghai's stock market loses a third of its value; the yuan is devalued.",
         "effects": [{"nation": "CHN", "field": "gdp", "multiply": 0.99}, {"nation": "CHN", "field": "stability", "add": -3}]},
        {"id": "aiib-founded", "turn": 12, "visibility": "all",
         "text": "The Asian Infrastructure Investment Bank opens in Beijing, with most European states among its founders.",
         "effects": [{"nation": "CHN", "field": "softPower", "add": 3}]},
        {"id": "south-china-sea-award", "turn": 15, "visibility": "all",
         "text": "An arbitral tribunal rules in the Philippines' favour on the South China Sea; China rejects the award.",
         "effects": [{"nation": "CHN", "field": "softPower", "add": -3}, {"nation": "PHL", "field": "softPower", "add": 2}]},
        {"id": "debt-trap-backlash", "turn": 20, "visibility": "all",
         "text": "Critics warn of 'debt-trap diplomacy' as Sri Lanka leases Hambantota port to a Chinese firm for 99 years.",
         "effects": [{"nation": "LKA", "field": "stability", "add": -5}, {"nation": "CHN", "field": "softPower", "add": -2}]},
        {"id": "covid-19", "turn": 29, "visibility": "all",
         "text": "A new coronavirus spreads from Wuhan around the world; economies lock down.",
         "effects": [e for n in ["CHN", "USA", "IND", "JPN", "DEU", "GBR", "FRA", "ITA", "BRA", "RUS", "IDN", "KOR"]
                     for e in ({"nation": n, "field": "gdp", "multiply": 0.95}, {"nation": n, "field": "stability", "add": -5})]},
    ]


def objectives():
    return [
        {"nation": "CHN", "id": "chn-belt-and-road", "type": "power-share", "threshold": 0.15, "noCoalitionTurns": 8,
         "text": "Grow to 15% of world power with no coalition against you for 8 turns"},
        {"nation": "USA", "id": "usa-contain-china", "type": "contain", "target": "CHN", "withoutWar": True,
         "text": "Keep China from dominating Asia without a war"},
        {"nation": "JPN", "id": "jpn-contain-china", "type": "contain", "target": "CHN", "withoutWar": True,
         "text": "Hold the East China Sea without a war"},
        {"nation": "PHL", "id": "phl-contain-china", "type": "contain", "target": "CHN", "withoutWar": True,
         "text": "Defend your maritime claims against China without a war"},
        {"nation": "IND", "id": "ind-rise", "type": "power-share", "threshold": 0.06, "noCoalitionTurns": 8,
         "text": "Reach 6% of world power with no coalition against you for 8 turns"},
        {"nation": "RUS", "id": "rus-eurasian-union", "type": "power-share", "threshold": 0.045, "noCoalitionTurns": 8,
         "text": "Reach 4.5% of world power with no coalition against you for 8 turns"},
    ]


def scenario():
    return {
        "format": 1,
        "id": "belt-and-road-2013",
        "title": "Belt and Road (2013)",
        "summary": ("January 2013: China, now the world's second economy, is about to launch the Belt and Road. "
                    "Can it turn trade, loans and ports into influence without provoking a balancing coalition, "
                    "and what happens if it reaches for the sword instead?"),
        "difficulty": "normal",
        "startDate": "2013-01",
        "monthsPerTurn": 3,
        "turns": 40,
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
    }


if __name__ == "__main__":
    write(scenario(), "belt-and-road-2013.json")
