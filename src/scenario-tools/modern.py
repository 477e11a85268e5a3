"""Builds assets/scenarios/modern-world.json: every state, figures circa 2023 (start mid-2024).

The JSON file is the deliverable; this script is how it was made, so the figures and their sources can be
reviewed in one place. Run: python3 src/scenario-tools/modern.py
"""
from common import (S, curator, EU27, ASEAN, NATO_2024, CSTO, GCC, AFRICA54, nation, write)
from regimes import regime_2023
from states import ALL

WB = "GDP: World Bank WDI 2023"
POP = "population: UN WPP 2022 (2023 estimate)"
JUDGE = "softPower/stability/nationalism/reach: author's judgement (see notes)"

# id: gdp $bn, population m, milex ($bn, SIPRI 2023) or S(share), softPower, stability, nationalism, reach,
#     doctrine (None = scenario default), source of the military figure
C = {}
cur = curator(C, WB, POP, JUDGE, 2023)



# --- G20 members --------------------------------------------------------------------------------------
cur("USA", 27361, 334.9, 916, 80, 70, 0.35, 6)
cur("CHN", 17795, 1410.7, 296, 70, 75, 0.60, 5, milsrc="milex: SIPRI 2023 estimate ($296bn)")
cur("RUS", 2021, 144.4, 109, 42, 60, 0.70, 5, "offensive-realist", milsrc="milex: SIPRI 2023 estimate ($109bn)")
cur("IND", 3550, 1428.6, 83.6, 52, 55, 0.55, 3)
cur("JPN", 4213, 124.5, 50.2, 72, 85, 0.30, 3, "defensive-realist")
cur("DEU", 4456, 83.3, 66.8, 71, 75, 0.20, 3, "liberal-institutionalist")
cur("GBR", 3340, 68.4, 74.9, 72, 70, 0.35, 4)
cur("FRA", 3031, 68.2, 61.3, 67, 65, 0.40, 4, popsrc="population: INSEE/World Bank 2023 (incl. overseas departments)")
cur("ITA", 2255, 59.0, 35.5, 61, 65, 0.30, 3)
cur("CAN", 2140, 40.1, 27.2, 63, 80, 0.20, 2, "liberal-institutionalist")
cur("BRA", 2174, 216.4, 22.9, 50, 55, 0.35, 2)
cur("MEX", 1789, 128.5, S(0.007), 45, 45, 0.40, 1)
cur("KOR", 1713, 51.7, 47.9, 59, 75, 0.40, 2)
cur("AUS", 1724, 26.6, 32.3, 60, 85, 0.30, 3)
cur("IDN", 1371, 277.5, S(0.007), 45, 60, 0.45, 2)
cur("TUR", 1108, 85.3, 15.8, 50, 55, 0.65, 3)
cur("SAU", 1068, 33.3, 75.8, 55, 70, 0.45, 2, milsrc="milex: SIPRI 2023 estimate ($75.8bn)")
cur("ARG", 641, 45.8, S(0.005), 47, 50, 0.40, 2)
cur("ZAF", 381, 60.4, S(0.007), 45, 45, 0.30, 2)
# --- other nuclear-armed states and key regional powers -----------------------------------------------
cur("PAK", 338, 240.5, 8.5, 30, 30, 0.60, 2)
cur("ISR", 510, 9.8, 27.5, 50, 50, 0.65, 3)
cur("PRK", 31, 26.2, 4.0, 5, 70, 0.90, 2, "defensive-realist",
    gdpsrc="GDP: Bank of Korea 2023 estimate (≈40 trillion won; very uncertain)",
    milsrc="milex: estimate after US State Dept WMEAT 2021 ($4bn, 13-24% of GDP; no SIPRI figure)")
cur("UKR", 179, 37.0, 64.8, 50, 45, 0.80, 2,
    popsrc="population: UN WPP 2022 (2023 estimate, wartime, very uncertain)")
cur("IRN", 404, 89.2, 10.3, 30, 45, 0.60, 3)
cur("EGY", 396, 112.7, S(0.012), 40, 45, 0.45, 2,
    milsrc="milex: SIPRI ≈1.2% of GDP (official budget; excludes US aid and off-budget military economy)")
cur("POL", 811, 36.7, 31.6, 50, 75, 0.50, 2)
cur("VNM", 430, 98.9, S(0.023), 40, 75, 0.55, 2,
    milsrc="milex: SIPRI has no figure since 2018; last share (≈2.3%) assumed")
cur("NGA", 363, 223.8, S(0.009), 35, 30, 0.40, 2)
cur("TWN", 756, 23.4, 16.6, 50, 80, 0.45, 2, "defensive-realist",
    gdpsrc="GDP: IMF WEO April 2024 (2023; Taiwan is not in WDI)",
    popsrc="population: Taiwan Ministry of the Interior 2023")
# --- Europe ----------------------------------------------------------------------------------------------
NATO_SRC = "milex: NATO Defence Expenditure 2023 estimate (share of GDP)"
cur("ESP", 1581, 48.4, 23.7, 60, 70, 0.30, 2)
cur("NLD", 1118, 17.9, S(0.016), 58, 80, 0.20, 2, milsrc=NATO_SRC)
cur("SWE", 593, 10.5, S(0.015), 62, 80, 0.25, 2, milsrc="milex: SIPRI 2023 ≈1.5% of GDP")
cur("FIN", 300, 5.6, S(0.024), 57, 85, 0.35, 1, "defensive-realist", milsrc=NATO_SRC)
cur("NOR", 486, 5.5, S(0.016), 60, 85, 0.25, 2, "liberal-institutionalist", milsrc=NATO_SRC)
cur("CHE", 885, 8.85, S(0.007), 64, 90, 0.25, 1, "defensive-realist")
cur("GRC", 243, 10.4, S(0.030), 48, 65, 0.50, 2, milsrc=NATO_SRC)
cur("ROU", 351, 19.0, S(0.016), 38, 65, 0.40, 1, milsrc=NATO_SRC)
cur("CZE", 331, 10.9, S(0.015), 45, 75, 0.35, 1, milsrc=NATO_SRC)
cur("HUN", 212, 9.6, S(0.019), 40, 70, 0.55, 1, milsrc=NATO_SRC)
cur("BLR", 72, 9.2, S(0.013), 20, 55, 0.45, 1, milsrc="milex: estimate ≈1.3% of GDP (SIPRI data incomplete)")
cur("EST", 41, 1.37, S(0.027), 42, 80, 0.50, 1, milsrc=NATO_SRC)
cur("LVA", 43, 1.88, S(0.023), 38, 75, 0.50, 1, milsrc=NATO_SRC)
cur("LTU", 78, 2.87, S(0.025), 40, 75, 0.50, 1, milsrc=NATO_SRC)
# --- Asia, Middle East, Africa, Americas ---------------------------------------------------------------
cur("KAZ", 262, 19.9, S(0.009), 35, 60, 0.40, 1)
cur("ARE", 504, 9.5, S(0.05), 60, 80, 0.40, 2, milsrc="milex: estimate ≈5% of GDP (no SIPRI figure since 2014)")
cur("QAT", 213, 2.7, S(0.04), 52, 85, 0.30, 1, milsrc="milex: estimate ≈4% of GDP (no SIPRI figure since 2010)")
cur("SGP", 501, 5.9, S(0.028), 55, 90, 0.30, 1)
cur("PHL", 437, 117.3, S(0.009), 40, 45, 0.45, 1)
cur("THA", 515, 71.8, S(0.011), 45, 55, 0.45, 1)
cur("MYS", 400, 34.3, S(0.010), 45, 65, 0.40, 1)
cur("BGD", 437, 173.0, S(0.010), 30, 45, 0.45, 1)
cur("MMR", 65, 54.6, S(0.04), 10, 15, 0.60, 1, milsrc="milex: estimate ≈4% of GDP (junta budget; SIPRI data partial)")
cur("ETH", 164, 126.5, S(0.006), 25, 25, 0.50, 1)
cur("DZA", 240, 45.6, 18.3, 30, 55, 0.50, 2)
cur("IRQ", 251, 45.5, S(0.03), 20, 30, 0.50, 1, milsrc="milex: approx. ≈3% of GDP (SIPRI, uncertain)")
cur("SYR", 20, 23.2, S(0.04), 10, 20, 0.50, 1,
    gdpsrc="GDP: estimate (no WDI figure since 2021; very uncertain)",
    milsrc="milex: estimate ≈4% of GDP (no SIPRI figure)")
cur("VEN", 92, 28.8, S(0.005), 20, 30, 0.50, 1,
    gdpsrc="GDP: IMF WEO estimate 2023 (no WDI figure)", milsrc="milex: estimate ≈0.5% of GDP (no SIPRI figure)")
cur("AZE", 72.4, 10.1, S(0.045), 30, 65, 0.70, 1)
cur("ARM", 24.2, 2.78, S(0.055), 30, 50, 0.70, 1)
cur("GEO", 30.5, 3.76, S(0.015), 35, 55, 0.55, 1)
cur("COL", 364, 52.1, S(0.029), 42, 45, 0.35, 1)
cur("CHL", 336, 19.6, S(0.017), 45, 65, 0.30, 1)

# GDP ($bn, WDI 2023, rounded) and population (m, WPP 2022 for 2023) for other states of some weight.
BASIC = {
    "AUT": (516, 9.13), "BEL": (632, 11.8), "BGR": (102, 6.45), "HRV": (82, 3.86), "CYP": (32, 1.34),
    "DNK": (404, 5.95), "IRL": (545, 5.26), "LUX": (86, 0.67), "MLT": (21, 0.56), "PRT": (287, 10.5),
    "SVK": (133, 5.43), "SVN": (69, 2.12), "ISL": (31, 0.39), "SRB": (75, 6.62), "BIH": (27, 3.21),
    "ALB": (23, 2.75), "MKD": (15, 1.83), "MNE": (7.5, 0.62), "XKX": (10.4, 1.76), "MDA": (16.5, 2.49),
    "KWT": (162, 4.3), "OMN": (109, 4.6), "BHR": (44, 1.5), "JOR": (51, 11.3), "LBN": (18, 5.35),
    "YEM": (19, 34.4), "PSE": (17.4, 5.4), "LKA": (84, 22.0), "NPL": (41, 30.9), "AFG": (17, 42.2),
    "UZB": (91, 35.2), "TKM": (60, 6.5), "KGZ": (13.9, 7.0), "TJK": (12.1, 10.1), "MNG": (20.3, 3.45),
    "KHM": (42, 16.9), "LAO": (15.8, 7.6), "BRN": (15.1, 0.45), "NZL": (253, 5.2), "PNG": (31, 10.3),
    "PER": (268, 34.4), "ECU": (119, 18.2), "BOL": (46, 12.4), "PRY": (43, 6.86), "URY": (77, 3.42),
    "GUY": (17, 0.81), "CUB": (None, 11.2), "DOM": (121, 11.3), "GTM": (104, 18.1), "HND": (34, 10.6),
    "SLV": (34, 6.36), "NIC": (17.8, 7.0), "CRI": (86, 5.2), "PAN": (83, 4.47), "JAM": (19.4, 2.83),
    "HTI": (20, 11.7), "TTO": (28, 1.53), "MAR": (141, 37.8), "TUN": (48.5, 12.5), "LBY": (50.5, 6.9),
    "KEN": (108, 55.1), "TZA": (79, 67.4), "UGA": (49, 48.6), "RWA": (14.1, 14.1), "AGO": (85, 36.7),
    "GHA": (76, 34.1), "CIV": (79, 28.9), "CMR": (48, 28.6), "SEN": (31, 17.8), "COD": (66, 102.3),
    "COG": (15.3, 6.1), "SDN": (30, 48.1), "SSD": (None, 11.1), "SOM": (11.7, 18.1), "MOZ": (20.6, 33.9),
    "ZMB": (28, 20.6), "ZWE": (35, 16.7), "BWA": (19.4, 2.68), "NAM": (12.4, 2.6), "MLI": (20.7, 23.3),
    "BFA": (20.3, 23.3), "NER": (17, 27.2), "TCD": (13, 18.3), "MDG": (16, 30.3), "MWI": (12.7, 20.9),
    "GIN": (23, 14.2), "BEN": (19.7, 13.7), "GAB": (19.3, 2.44), "MRT": (10.4, 4.86),
    "GNQ": (12, 1.71), "ERI": (None, 3.75),
}
UNCERTAIN = {"YEM": "GDP estimate (WDI incomplete, war)", "TKM": "GDP estimate at the official exchange rate",
             "CUB": "no reliable GDP at market rates: map figure kept", "HTI": "GDP approximate",
             "SDN": "GDP estimate (civil war, very uncertain)", "SSD": "no recent GDP: map figure kept",
             "ERI": "no recent GDP: map figure kept", "AFG": "GDP approximate (post-2021 WDI estimate)",
             "XKX": "GDP: World Bank 2023", "PSE": "GDP: World Bank 2023 (West Bank and Gaza)"}

DOCTRINE_NOTES = (
    "Doctrines: balanced-realist by default. Exceptions: Russia offensive-realist (the 2014 and 2022 invasions "
    "of Ukraine show a willingness to use force for expansion at high risk); Japan, Taiwan, Finland, "
    "Switzerland and North Korea defensive-realist (deterrence and survival postures: Japan's defence-only "
    "constitution, Taiwan's porcupine strategy, Finland's total defence, Swiss armed neutrality, North "
    "Korea's regime-survival deterrent); Germany, Canada and Norway liberal-institutionalist (foreign "
    "policy run through NATO, the EU and the UN, aid and mediation). "
)
NOTES = DOCTRINE_NOTES + (
    "Curated states carry GDP, population, military spending, soft power, stability, nationalism and reach; "
    "the other states carry GDP and population (World Bank 2023, UN WPP 2022) where known and the map's "
    "circa-2015 figures otherwise. softPower is scaled from the Brand Finance Global Soft Power Index 2024 "
    "where the state is ranked and judged otherwise; stability is the author's judgement guided by the World "
    "Bank Worldwide Governance Indicators (political stability, 2022); nationalism and reach are the author's "
    "judgement. The start is mid-2024 so that NATO has 32 members (Sweden joined on 7 March 2024) and the "
    "Russia-North Korea treaty (signed 19 June 2024) is in force; economic figures are 2023, the latest full "
    "year. Armenia froze its participation in the CSTO in 2024 but has not left it. The African Union lists "
    "all 54 member states, though Mali, Guinea, Sudan, Burkina Faso, Niger and Gabon were suspended in 2024. "
    "New START is omitted: Russia suspended its participation in February 2023. The Gaza war (Israel against "
    "Hamas, a non-state actor) and the civil wars in Sudan and Myanmar are not modelled as wars between "
    "states; they appear as low stability and hostile relations. The Taiwan Relations Act is modelled as a "
    "guarantee although US policy is deliberately ambiguous. Relations: an entry applies both ways unless "
    "the reverse pair is listed too, in which case each entry gives how 'a' sees 'b' (asymmetric hostility "
    "memory, e.g. Ukraine remembers Russia's invasion more than the reverse)."
)


def nations():
    reg = regime_2023()
    out = []
    for nid in ALL:
        regime, rsrc = reg[nid]
        if nid in C:
            out.append(nation(nid, regime, rsrc, curated=C[nid]))
        elif nid in BASIC:
            gdp, pop = BASIC[nid]
            note = UNCERTAIN.get(nid)
            src = []
            if gdp is not None:
                src.append(note if note and note.startswith("GDP") else "GDP: World Bank WDI 2023 (rounded)")
                if note and not note.startswith("GDP"):
                    src.append(note)
            else:
                src.append(note)
            src.append(POP)
            src.append("other figures: map defaults (circa 2015)")
            out.append(nation(nid, regime, rsrc, basic=(gdp, pop, "; ".join(src))))
        else:
            out.append(nation(nid, regime, rsrc))
    return out


def blocs():
    return [
        {"id": "NATO", "name": "North Atlantic Treaty Organization", "type": "alliance", "members": NATO_2024},
        {"id": "CSTO", "name": "Collective Security Treaty Organization", "type": "alliance", "members": CSTO},
        {"id": "EU", "name": "European Union", "type": "institution", "members": EU27},
        {"id": "ASEAN", "name": "Association of Southeast Asian Nations", "type": "institution", "members": ASEAN},
        {"id": "AU", "name": "African Union", "type": "institution", "members": AFRICA54},
        {"id": "SCO", "name": "Shanghai Cooperation Organisation", "type": "institution",
         "members": "CHN RUS IND PAK KAZ KGZ TJK UZB IRN BLR".split()},
        {"id": "BRICS", "name": "BRICS", "type": "institution",
         "members": "BRA RUS IND CHN ZAF EGY ETH IRN ARE".split()},
        {"id": "GCC", "name": "Gulf Cooperation Council", "type": "institution", "members": GCC},
        {"id": "QUAD", "name": "Quadrilateral Security Dialogue", "type": "institution",
         "members": "USA JPN IND AUS".split()},
        {"id": "AUKUS", "name": "AUKUS security partnership", "type": "institution", "members": "AUS GBR USA".split()},
        {"id": "USMCA", "name": "United States–Mexico–Canada Agreement", "type": "trade", "members": "USA MEX CAN".split()},
        {"id": "RCEP", "name": "Regional Comprehensive Economic Partnership", "type": "trade",
         "members": ASEAN + "CHN JPN KOR AUS NZL".split()},
        {"id": "CPTPP", "name": "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "type": "trade",
         "members": "AUS BRN CAN CHL JPN MYS MEX NZL PER SGP VNM".split()},
        {"id": "EAEU", "name": "Eurasian Economic Union", "type": "trade", "members": "RUS BLR KAZ KGZ ARM".split()},
        {"id": "MERCOSUR", "name": "Mercosur (Southern Common Market)", "type": "trade",
         "members": "ARG BRA PRY URY".split()},
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
        {"type": "alliance", "a": "RUS", "b": "PRK", "name": "Russia–DPRK Treaty on Comprehensive Strategic Partnership (2024)"},
        {"type": "alliance", "a": "RUS", "b": "BLR", "name": "Union State of Russia and Belarus (1999)"},
        {"type": "alliance", "a": "TUR", "b": "AZE", "name": "Shusha Declaration on Allied Relations (2021)"},
        {"type": "alliance", "a": "IRN", "b": "SYR", "name": "Iran–Syria mutual defence agreement (2006)"},
        {"type": "guarantee", "a": "USA", "b": "TWN", "name": "Taiwan Relations Act (1979)"},
        {"type": "non-aggression", "a": "CHN", "b": "RUS", "name": "Sino-Russian Treaty of Good-Neighbourliness and Friendly Cooperation (2001)"},
        {"type": "arms-control", "a": "IND", "b": "PAK", "name": "Agreement on the Prohibition of Attack against Nuclear Installations (1988)"},
        {"type": "trade", "a": "USA", "b": "KOR", "name": "KORUS Free Trade Agreement (2012)"},
        {"type": "trade", "a": "USA", "b": "AUS", "name": "Australia–US Free Trade Agreement (2005)"},
        {"type": "trade", "a": "USA", "b": "ISR", "name": "US–Israel Free Trade Agreement (1985)"},
        {"type": "trade", "a": "CHN", "b": "PAK", "name": "China–Pakistan Free Trade Agreement (2007)"},
        {"type": "trade", "a": "IND", "b": "ARE", "name": "India–UAE Comprehensive Economic Partnership Agreement (2022)"},
        {"type": "trade", "a": "IND", "b": "AUS", "name": "Australia–India Economic Cooperation and Trade Agreement (2022)"},
        {"type": "trade", "a": "GBR", "b": "JPN", "name": "UK–Japan Comprehensive Economic Partnership Agreement (2021)"},
        {"type": "trade", "a": "GBR", "b": "AUS", "name": "UK–Australia Free Trade Agreement (2023)"},
        {"type": "trade", "a": "CAN", "b": "KOR", "name": "Canada–Korea Free Trade Agreement (2015)"},
    ]


WEST_RUS = ["USA", "GBR", "CAN", "JPN", "AUS", "NZL", "CHE", "NOR", "ISL", "KOR", "SGP", "TWN"] + EU27


def sanctions():
    out = []

    def add(senders, target, multi, name):
        for s in senders:
            out.append({"sender": s, "target": target, "multilateral": multi, "name": name})

    add(WEST_RUS, "RUS", True, "Sanctions and export controls over the invasion of Ukraine (2014, 2022–)")
    add(["USA", "GBR", "CAN", "JPN", "AUS", "CHE", "NOR"] + EU27, "BLR", True,
        "Sanctions on Belarus (2020 election crackdown; complicity in the invasion of Ukraine)")
    add(["USA"], "IRN", False, "US sanctions on Iran, with secondary sanctions (reimposed 2018)")
    add(["GBR", "CAN", "AUS"] + EU27, "IRN", True,
        "Targeted sanctions on Iran (human rights, missiles and drones supplied to Russia)")
    add(["USA", "JPN", "KOR", "GBR", "CAN", "AUS", "NZL", "CHE", "NOR"] + EU27, "PRK", True,
        "UN Security Council sanctions on North Korea (2006–) and national measures")
    add(["USA", "GBR", "CAN", "AUS", "CHE"] + EU27, "SYR", True, "Sanctions on the Assad government (2011–)")
    add(["USA"], "VEN", False, "US sectoral sanctions on Venezuela (2017–, oil licence revoked April 2024)")
    add(["CAN", "GBR", "CHE"] + EU27, "VEN", True, "Targeted sanctions and arms embargo on Venezuela")
    add(["USA"], "CUB", False, "US embargo on Cuba (1962–)")
    return out


def relations():
    R = []

    def rel(a, b, opinion, hostility=0):
        R.append({"a": a, "b": b, "opinion": opinion, "hostility": hostility})

    # United States
    rel("USA", "CHN", -35, 10)
    rel("USA", "RUS", -70, 30); rel("RUS", "USA", -70, 10)
    rel("USA", "IRN", -80, 25)
    rel("USA", "PRK", -75, 20)
    rel("USA", "VEN", -40, 5); rel("USA", "CUB", -40, 5)
    for b, o in [("GBR", 80), ("JPN", 70), ("KOR", 65), ("AUS", 75), ("CAN", 70), ("DEU", 60), ("FRA", 55),
                 ("POL", 70), ("TWN", 55), ("ISR", 60), ("IND", 45), ("PHL", 55), ("VNM", 30), ("SAU", 30),
                 ("TUR", 15), ("UKR", 65), ("EGY", 30), ("PAK", 5), ("BRA", 30), ("MEX", 40), ("ZAF", 10)]:
        rel("USA", b, o)
    # China
    rel("CHN", "RUS", 55); rel("CHN", "PRK", 40); rel("CHN", "PAK", 70); rel("CHN", "IRN", 35)
    rel("CHN", "SAU", 30); rel("CHN", "BRA", 35); rel("CHN", "ZAF", 40); rel("CHN", "KOR", -15)
    rel("CHN", "AUS", -15)
    rel("CHN", "TWN", -60, 5); rel("TWN", "CHN", -60, 25)
    rel("CHN", "JPN", -40, 10)
    rel("CHN", "IND", -35, 20)
    rel("CHN", "PHL", -40, 5); rel("PHL", "CHN", -45, 15)
    rel("CHN", "VNM", -10, 5); rel("VNM", "CHN", -15, 10)
    # Russia and its neighbourhood
    rel("RUS", "UKR", -90, 10); rel("UKR", "RUS", -95, 80)
    for b, o, h in [("POL", -70, 25), ("EST", -75, 25), ("LVA", -75, 25), ("LTU", -75, 25), ("FIN", -60, 20),
                    ("SWE", -55, 15), ("GBR", -70, 20), ("DEU", -55, 15), ("FRA", -50, 15), ("MDA", -50, 15),
                    ("JPN", -45, 10)]:
        rel(b, "RUS", o, h); rel("RUS", b, o, 5)
    rel("GEO", "RUS", -50, 30); rel("RUS", "GEO", -40, 5)
    rel("RUS", "BLR", 75); rel("RUS", "KAZ", 35); rel("RUS", "IRN", 40); rel("RUS", "PRK", 50)
    rel("RUS", "IND", 40); rel("RUS", "TUR", 10); rel("RUS", "SYR", 60); rel("RUS", "ARM", -10)
    # Europe
    rel("UKR", "POL", 50); rel("UKR", "HUN", -20); rel("UKR", "BLR", -60, 30); rel("BLR", "UKR", -50, 5)
    rel("UKR", "DEU", 60); rel("UKR", "GBR", 75)
    rel("DEU", "FRA", 75); rel("GBR", "FRA", 55); rel("POL", "DEU", 40)
    rel("GRC", "TUR", -20, 5); rel("CYP", "TUR", -50, 20); rel("TUR", "CYP", -40, 0)
    rel("SRB", "XKX", -60, 10); rel("XKX", "SRB", -65, 20)
    rel("ARM", "AZE", -70, 45); rel("AZE", "ARM", -60, 15); rel("ARM", "TUR", -40, 10)
    # Middle East
    rel("ISR", "IRN", -90, 40)
    rel("ISR", "PSE", -70, 30); rel("PSE", "ISR", -85, 60)
    rel("ISR", "LBN", -60, 15); rel("ISR", "SYR", -70, 10); rel("ISR", "EGY", 10); rel("ISR", "JOR", 0)
    rel("ISR", "ARE", 25); rel("ISR", "SAU", -10); rel("ISR", "TUR", -50, 5)
    rel("SAU", "IRN", -15, 5); rel("SAU", "YEM", -50, 15); rel("ARE", "IRN", -10)
    rel("TUR", "SYR", -40, 5); rel("SYR", "TUR", -50, 20); rel("EGY", "TUR", 20)
    rel("IRN", "PAK", -20, 10)
    rel("GBR", "IRN", -50, 10)
    # South Asia and the Pacific
    rel("IND", "PAK", -60, 30)
    rel("PAK", "AFG", -40, 10)
    for b, o in [("JPN", 50), ("FRA", 45), ("BGD", 40)]:
        rel("IND", b, o)
    rel("IND", "CAN", -35)
    rel("KOR", "PRK", -70, 25)
    rel("JPN", "PRK", -70, 15); rel("JPN", "KOR", 25); rel("JPN", "TWN", 60); rel("PHL", "JPN", 50)
    # Africa and the Americas
    rel("ETH", "EGY", -35, 5); rel("ETH", "SOM", -40, 5); rel("SOM", "ETH", -50, 15); rel("ETH", "ERI", -20, 10)
    rel("MAR", "DZA", -55, 5)
    rel("COD", "RWA", -60, 20); rel("RWA", "COD", -40, 5)
    rel("GUY", "VEN", -40, 10); rel("VEN", "GUY", -35, 0)
    return R


def wars():
    return [{"attackers": ["RUS"], "defenders": ["UKR"], "warscore": -5,
             "name": "Russian invasion of Ukraine (2022–)"}]


def events():
    big = ["USA", "CHN", "IND", "JPN", "DEU", "GBR", "FRA", "ITA", "BRA", "IDN", "RUS", "KOR", "CAN", "MEX"]
    return [
        {"id": "us-election-2024", "turn": 2, "visibility": "all",
         "text": "A bitterly contested US presidential election divides the country; allies wonder how firm American commitments remain.",
         "effects": [{"nation": "USA", "field": "stability", "add": -5},
                     {"nation": "USA", "field": "nationalism", "add": 0.05}]},
        {"id": "em-debt-scare", "turn": 5, "visibility": "all",
         "text": "A strong dollar and high interest rates set off a debt scare across emerging markets.",
         "effects": [e for n in ["ARG", "EGY", "PAK", "TUR", "NGA", "LKA"]
                     for e in ({"nation": n, "field": "gdp", "multiply": 0.98},
                               {"nation": n, "field": "stability", "add": -4})]},
        {"id": "grid-cyber-attack", "turn": 9, "visibility": "all",
         "text": "A cyber attack of unknown origin blacks out parts of the northern European grid for two days.",
         "effects": [e for n in ["DEU", "POL", "FIN", "EST", "LVA", "LTU"]
                     for e in ({"nation": n, "field": "gdp", "multiply": 0.995},
                               {"nation": n, "field": "stability", "add": -3})]},
        {"id": "gulf-shipping-crisis", "turn": 12, "visibility": "all",
         "text": "Attacks on tankers close Gulf and Red Sea lanes for weeks; the oil price spikes.",
         "effects": [{"nation": n, "field": "gdp", "multiply": 1.02} for n in ["SAU", "ARE", "KWT", "QAT", "RUS", "NOR"]]
         + [{"nation": n, "field": "gdp", "multiply": 0.99} for n in ["CHN", "JPN", "IND", "KOR", "DEU", "EGY"]]},
        {"id": "sahel-insurgency", "turn": 16, "visibility": "all",
         "text": "Jihadist insurgency spreads from the Sahel into the coastal states of West Africa.",
         "effects": [{"nation": n, "field": "stability", "add": -8} for n in ["MLI", "BFA", "NER"]]
         + [{"nation": n, "field": "stability", "add": -5} for n in ["BEN", "TGO", "GHA", "CIV"]]},
        {"id": "pandemic-wave", "turn": 24, "visibility": "all",
         "text": "A new respiratory virus spreads worldwide; borders close and supply chains stall.",
         "effects": [e for n in big for e in ({"nation": n, "field": "gdp", "multiply": 0.97},
                                              {"nation": n, "field": "stability", "add": -5})]},
        {"id": "south-asia-heatwave", "turn": 32, "visibility": "all",
         "text": "A record heatwave and a failed monsoon hit South Asia.",
         "effects": [e for n in ["IND", "PAK", "BGD"] for e in ({"nation": n, "field": "gdp", "multiply": 0.99},
                                                                 {"nation": n, "field": "stability", "add": -4})]},
        {"id": "financial-crisis", "turn": 44, "visibility": "all",
         "text": "A property and shadow-banking crash spreads through world finance.",
         "effects": [{"nation": "CHN", "field": "gdp", "multiply": 0.96}, {"nation": "CHN", "field": "stability", "add": -6}]
         + [e for n in ["USA", "GBR", "DEU", "JPN", "KOR"] for e in ({"nation": n, "field": "gdp", "multiply": 0.98},
                                                                      {"nation": n, "field": "stability", "add": -3})]},
    ]


def objectives():
    return [
        {"nation": "CHN", "id": "chn-peaceful-rise", "type": "power-share", "threshold": 0.20, "noCoalitionTurns": 8,
         "text": "Reach 20% of world power with no coalition against you for 8 turns"},
        {"nation": "USA", "id": "usa-contain-china", "type": "contain", "target": "CHN", "withoutWar": True,
         "text": "Keep China from dominating Asia without a war between great powers"},
        {"nation": "RUS", "id": "rus-great-power", "type": "power-share", "threshold": 0.05, "noCoalitionTurns": 8,
         "text": "Restore great-power standing: 5% of world power with no coalition against you for 8 turns"},
        {"nation": "IND", "id": "ind-rise", "type": "power-share", "threshold": 0.08, "noCoalitionTurns": 8,
         "text": "Reach 8% of world power with no coalition against you for 8 turns"},
        {"nation": "UKR", "id": "ukr-survive", "type": "survive",
         "text": "Survive as an independent state until the end of the game"},
        {"nation": "TWN", "id": "twn-survive", "type": "survive",
         "text": "Keep Taiwan's self-rule until the end of the game"},
        {"nation": "KOR", "id": "kor-contain-north", "type": "contain", "target": "PRK", "withoutWar": True,
         "text": "Deter North Korea without a war on the peninsula"},
        {"nation": "ISR", "id": "isr-contain-iran", "type": "contain", "target": "IRN", "withoutWar": True,
         "text": "Contain Iran without a full-scale war"},
    ]


SOURCES = [
    "World Bank (2024). World Development Indicators: GDP (current US$), indicator NY.GDP.MKTP.CD, 2023 values. Washington, DC: World Bank.",
    "International Monetary Fund (2024). World Economic Outlook Database, April 2024 (Taiwan GDP; estimates for Venezuela).",
    "United Nations, Department of Economic and Social Affairs, Population Division (2022). World Population Prospects 2022 (estimates for 2023, medium variant).",
    "Stockholm International Peace Research Institute (2024). SIPRI Military Expenditure Database, April 2024 release; N. Tian et al., 'Trends in World Military Expenditure, 2023', SIPRI Fact Sheet, April 2024.",
    "NATO (2023). Defence Expenditure of NATO Countries (2014–2023), press release, 7 July 2023.",
    "U.S. Department of State, Bureau of Arms Control (2021). World Military Expenditures and Arms Transfers 2021 (North Korea estimate).",
    "Bank of Korea (2024). Gross Domestic Product Estimates for North Korea in 2023.",
    "Economist Intelligence Unit (2024). Democracy Index 2023: Age of Conflict. London: EIU.",
    "Freedom House (2024). Freedom in the World 2024 (regime of states the EIU does not rate).",
    "Brand Finance (2024). Global Soft Power Index 2024 (scale for softPower).",
    "World Bank (2023). Worldwide Governance Indicators, 2023 update: Political Stability and Absence of Violence/Terrorism (guide for stability).",
    "H. M. Kristensen, M. Korda et al. (2024). Status of World Nuclear Forces. Federation of American Scientists (nuclear levels).",
    "Treaty texts and accession dates as named in the blocs and treaties lists (NATO, CSTO, EU, ASEAN, AU, SCO, BRICS, USMCA, RCEP, CPTPP, EAEU, Mercosur).",
]


def scenario():
    return {
        "format": 1,
        "id": "modern-world",
        "title": "Modern world",
        "summary": ("The world of mid-2024: a war in Ukraine, a rising China facing American alliances in Asia, "
                    "and every one of the 197 states in play. Grow your power, but prudently: whoever grabs "
                    "too much, too fast finds the world lined up against them."),
        "difficulty": "normal",
        "startDate": "2024-07",
        "monthsPerTurn": 3,
        "turns": 80,
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
        "wars": wars(),
        "relations": relations(),
        "events": events(),
        "objectives": objectives(),
    }


if __name__ == "__main__":
    write(scenario(), "modern-world.json")
