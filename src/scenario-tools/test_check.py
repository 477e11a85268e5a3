"""Tests of check.py's rules that depend on the scenario's year. Run: python3 src/scenario-tools/test_check.py"""
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check  # noqa: E402
from states import ALL  # noqa: E402


def scenario(start, nations):
    """A minimal scenario starting at `start` with every state, `nations` overriding entries by id."""
    entries = [dict({"id": s, "regime": "hybrid"}, **nations.get(s, {})) for s in ALL]
    return {"format": 1, "id": "t", "title": "t", "summary": "t", "startDate": start, "monthsPerTurn": 3,
            "turns": 4, "nations": entries}


def problems(s):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "t.json")
        with open(p, "w") as f:
            json.dump(s, f)
        return check.check(p)


class NuclearStatusByYear(unittest.TestCase):
    def test_the_dates_of_the_first_tests(self):
        self.assertEqual(check.nuclear_status("USA", 1945), 3)
        self.assertEqual(check.nuclear_status("RUS", 1947), 0)
        self.assertEqual(check.nuclear_status("RUS", 1949), 2)
        self.assertEqual(check.nuclear_status("GBR", 1950), 0)
        self.assertEqual(check.nuclear_status("GBR", 1952), 2)
        self.assertEqual(check.nuclear_status("FRA", 1960), 2)
        self.assertEqual(check.nuclear_status("CHN", 1964), 2)
        self.assertEqual(check.nuclear_status("ISR", 1967), 2)
        self.assertEqual(check.nuclear_status("IND", 1974), 1)
        self.assertEqual(check.nuclear_status("IND", 1998), 2)
        self.assertEqual(check.nuclear_status("PAK", 1998), 2)
        self.assertEqual(check.nuclear_status("PRK", 2006), 2)
        self.assertEqual(check.nuclear_status("DEU", 2024), 0)

    def test_a_1947_ussr_without_the_bomb_is_accepted(self):
        nuclear = {s: {"nuclear": check.nuclear_status(s, 1947)} for s in check.MAP_NUCLEAR}
        self.assertEqual(problems(scenario("1947-01", nuclear)), [])

    def test_a_1947_ussr_with_the_bomb_is_refused(self):
        nuclear = {s: {"nuclear": check.nuclear_status(s, 1947)} for s in check.MAP_NUCLEAR}
        nuclear["RUS"] = {"nuclear": 3}
        self.assertTrue(any("RUS" in p and "1947" in p for p in problems(scenario("1947-01", nuclear))))

    def test_leaving_nuclear_out_of_a_historical_scenario_is_refused_where_the_map_is_wrong(self):
        self.assertTrue(any("RUS" in p and "nuclear not given" in p for p in problems(scenario("1947-01", {}))))
        self.assertEqual(problems(scenario("2024-01", {"IRN": {"nuclear": 1}})), [])


if __name__ == "__main__":
    unittest.main()
