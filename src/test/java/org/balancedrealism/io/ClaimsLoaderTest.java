package org.balancedrealism.io;

import com.google.gson.JsonParser;
import org.balancedrealism.claims.Claim;
import org.balancedrealism.claims.kinds.CoalitionAgainst;
import org.balancedrealism.claims.kinds.ShareAboveMoreOften;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.scenario.Scenario;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims are read with defaults filled in, and every bad value is refused naming the file and the field. */
class ClaimsLoaderTest {
    private static final GeoMap MAP = TestWorlds.builder().state("AAA", 1000, 50, 0.02).state("BBB", 500, 20, 0.02)
            .state("CCC", 100, 10, 0.02).land("AAA", "BBB").map();

    private static List<Claim> read(String claimsJson) throws DataFileException {
        Scenario s = new Scenario();
        s.turns = 80;
        s.claims = JsonParser.parseString(claimsJson);
        return ClaimsLoader.read(s, MAP, TestWorlds.rules(), "test.json");
    }

    private static DataFileException refused(String claimsJson) {
        return assertThrows(DataFileException.class, () -> read(claimsJson));
    }

    private static final String GOOD = "{\"id\":\"c\",\"text\":\"t\",\"kind\":\"coalition-against\",\"target\":\"AAA\",\"byTurn\":5";

    @Test
    void aClaimGetsTheScenarioTurnsCappedAtFortyAndARequiredRateOfSeventyPercent() throws Exception {
        Claim c = read("[" + GOOD + "}]").get(0);
        assertEquals(40, c.setup().turns());
        assertEquals(0.7, c.required());
        assertEquals(new CoalitionAgainst("AAA", 5, new org.balancedrealism.claims.StateSet(List.of()), 1), c.condition());
    }

    @Test
    void ordersAndRulesOverridesAreRead() throws Exception {
        Claim c = read("[" + GOOD + ",\"turns\":6,\"required\":0.8,\"orders\":[{\"turn\":2,\"kind\":\"INVADE\",\"actor\":\"AAA\","
                + "\"target\":\"BBB\"}],\"rules\":{\"coalition.balancing\":0}}]").get(0);
        assertEquals(6, c.setup().turns());
        assertEquals(0.8, c.required());
        assertEquals("BBB", c.setup().orders().get(2).get(0).target());
        assertEquals(Map.of("coalition.balancing", 0.0), c.setup().rules());
    }

    @Test
    void theComparisonKindKeepsItsOtherRules() throws Exception {
        Claim c = read("[{\"id\":\"h\",\"text\":\"t\",\"kind\":\"share-above-more-often\",\"share\":0.4,"
                + "\"rules\":{\"coalition.balancing\":0},\"compareRules\":{\"coalition.balancing\":1}}]").get(0);
        assertEquals(Map.of("coalition.balancing", 1.0), ((ShareAboveMoreOften) c.condition()).compareRules());
    }

    @Test
    void anUnknownKeyInAClaimIsRefusedWithItsField() {
        DataFileException e = refused("[" + GOOD + ",\"byturn\":3}]");
        assertEquals("test.json", e.file());
        assertEquals("claims[0].byturn", e.field());
        assertTrue(e.problem().contains("byTurn"), e.problem());
    }

    @Test
    void anUnknownKindIsRefusedListingTheKinds() {
        DataFileException e = refused("[{\"id\":\"c\",\"text\":\"t\",\"kind\":\"hegemony\"}]");
        assertEquals("claims[0].kind", e.field());
        assertTrue(e.problem().contains("coalition-against"), e.problem());
    }

    @Test
    void anUnknownStateIsRefused() {
        assertEquals("claims[0].target", refused("[{\"id\":\"c\",\"text\":\"t\",\"kind\":\"no-coalition-against\",\"target\":\"XXX\"}]").field());
        assertEquals("claims[0].sideB[1]", refused("[{\"id\":\"c\",\"text\":\"t\",\"kind\":\"no-war\",\"sideA\":[\"@nuclear\"],"
                + "\"sideB\":[\"AAA\",\"ZZZ\"]}]").field());
    }

    @Test
    void aTurnPastTheClaimsTurnsIsRefused() {
        DataFileException e = refused("[{\"id\":\"a\",\"text\":\"t\",\"kind\":\"max-share\",\"below\":0.5},"
                + "{\"id\":\"c\",\"text\":\"t\",\"kind\":\"coalition-against\",\"target\":\"AAA\",\"byTurn\":12,\"turns\":10}]");
        assertEquals("claims[1].byTurn", e.field());
        assertTrue(e.getMessage().startsWith("test.json: field 'claims[1].byTurn'"), e.getMessage());
    }

    @Test
    void badNumbersAreRefused() {
        assertEquals("claims[0].required", refused("[" + GOOD + ",\"required\":1.5}]").field());
        assertEquals("claims[0].byTurn", refused("[{\"id\":\"c\",\"text\":\"t\",\"kind\":\"coalition-against\",\"target\":\"AAA\","
                + "\"byTurn\":\"soon\"}]").field());
        assertEquals("claims[0].below", refused("[{\"id\":\"c\",\"text\":\"t\",\"kind\":\"max-share\"}]").field());
    }

    @Test
    void aRulesOverrideMustBeAFigureWithinItsRange() {
        DataFileException path = refused("[" + GOOD + ",\"rules\":{\"coalition.balance\":0}}]");
        assertEquals("claims[0].rules.coalition.balance", path.field());
        DataFileException range = refused("[" + GOOD + ",\"rules\":{\"coalition.balancing\":2}}]");
        assertEquals("claims[0].rules.coalition.balancing", range.field());
        assertTrue(range.problem().contains("between 0.0 and 1.0"), range.problem());
    }

    @Test
    void aBadOrderIsRefusedWithItsField() {
        assertEquals("claims[0].orders[0].kind", refused("[" + GOOD + ",\"orders\":[{\"turn\":1,\"kind\":\"NUKE\",\"actor\":\"AAA\"}]}]").field());
        assertEquals("claims[0].orders[0].when", refused("[" + GOOD + ",\"orders\":[{\"when\":1,\"kind\":\"INVADE\",\"actor\":\"AAA\"}]}]").field());
        assertEquals("claims[0].orders[0].target", refused("[" + GOOD + ",\"orders\":[{\"turn\":1,\"kind\":\"INVADE\",\"actor\":\"AAA\"}]}]").field());
    }

    @Test
    void claimsMustBeAListWithUniqueIds() {
        assertEquals("claims", refused("{}").field());
        assertEquals("claims[1].id", refused("[" + GOOD + "}," + GOOD + "}]").field());
    }

    @Test
    void aScenarioWithABadClaimFailsValidation() {
        Scenario s = new Scenario();
        s.format = 1;
        s.id = "t";
        s.title = "t";
        s.startDate = "2030-01";
        s.monthsPerTurn = 3;
        s.turns = 10;
        s.claims = JsonParser.parseString("[{\"id\":\"c\",\"text\":\"t\",\"kind\":\"no-coalition-against\",\"target\":\"XXX\"}]");
        DataFileException e = assertThrows(DataFileException.class, () -> ScenarioLoader.validate(s, MAP, TestWorlds.rules(), "t.json"));
        assertEquals("claims[0].target", e.field());
    }
}
