"""Regime categories. EIU Democracy Index 2023 (published 2024): full and flawed democracy -> democracy,
hybrid regime -> hybrid, authoritarian -> autocracy. States that the EIU does not rate are classified by the
author's judgement, guided by Freedom House, Freedom in the World 2024 (Free / Partly Free / Not Free)."""

EIU_2023 = {
    "democracy": """
NOR NZL ISL SWE FIN DNK IRL CHE NLD TWN LUX DEU CAN AUS URY JPN CRI AUT GBR GRC MUS KOR FRA ESP
CZE EST PRT ISR USA MLT CHL ITA BWA CPV BEL CYP SVN LVA LTU POL TLS JAM IND SVK TTO MYS SUR ZAF PAN IDN
PHL HUN COL ARG BGR HRV BRA GHA NAM DOM LSO MNG THA GUY ROU SRB PRY LKA MKD ALB MNE MDA PNG SGP
""",
    "hybrid": """
UKR ARM GEO BGD BTN BOL BIH ECU SLV FJI GMB GTM HND KEN LBR MDG MWI MEX MAR NPL NGA PER SEN SLE TZA TUN
TUR UGA ZMB CIV BEN MRT
""",
    "autocracy": """
AFG DZA AGO AZE BHR BLR BFA BDI KHM CMR CAF TCD CHN COM COG CUB COD DJI EGY GNQ ERI SWZ ETH GAB GIN GNB
HTI IRN IRQ JOR KAZ KWT KGZ LAO LBN LBY MLI MOZ MMR NIC NER PRK OMN PAK PSE QAT RUS RWA SAU SDN SYR TJK TGO
TKM ARE UZB VEN VNM YEM ZWE
""",
}

# Not rated by the EIU: author's judgement (Freedom House 2024 status in brackets).
JUDGEMENT = {
    "AND": ("democracy", "Free"), "ATG": ("democracy", "Free"), "BHS": ("democracy", "Free"),
    "BRB": ("democracy", "Free"), "BLZ": ("democracy", "Free"), "BRN": ("autocracy", "Not Free"),
    "DMA": ("democracy", "Free"), "GRD": ("democracy", "Free"), "KIR": ("democracy", "Free"),
    "LIE": ("democracy", "Free"), "MDV": ("hybrid", "Partly Free"), "MHL": ("democracy", "Free"),
    "FSM": ("democracy", "Free"), "MCO": ("democracy", "Free"), "NRU": ("democracy", "Free"),
    "PLW": ("democracy", "Free"), "KNA": ("democracy", "Free"), "LCA": ("democracy", "Free"),
    "VCT": ("democracy", "Free"), "WSM": ("democracy", "Free"), "SMR": ("democracy", "Free"),
    "STP": ("democracy", "Free"), "SYC": ("democracy", "Free"), "SLB": ("democracy", "Free"),
    "TON": ("democracy", "Free"), "TUV": ("democracy", "Free"), "VUT": ("democracy", "Free"),
    "SOM": ("autocracy", "Not Free"), "SSD": ("autocracy", "Not Free"),
    "VAT": ("autocracy", "not rated; absolute elective monarchy"),
    "XKX": ("democracy", "Partly Free; V-Dem: electoral democracy"),
}


def regime_2023():
    out = {}
    for cat, ids in EIU_2023.items():
        for i in ids.split():
            assert i not in out, i
            out[i] = (cat, "EIU Democracy Index 2023")
    for i, (cat, fh) in JUDGEMENT.items():
        assert i not in out, i
        out[i] = (cat, f"not rated by the EIU: author's judgement (Freedom House 2024: {fh})")
    return out
