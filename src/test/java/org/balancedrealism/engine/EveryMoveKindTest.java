package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.PeaceTerms;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every move kind, carried out once in a small world where it is legal, does what its rule says (DESIGN §5). A kind
 * added to {@link MoveKind} without a case here fails {@link #everyKindHasACase}.
 */
class EveryMoveKindTest {
    /** How to make the move legal in a fresh world, and what must be true after it. */
    private record Case(BiFunction<World, Ids, Move> setUp, BiPredicate<World, Ids> effect) {
    }

    /** States of the test world: a large power, its neighbour, a third state, and two states at war. */
    private record Ids(int big, int nbr, int third, int fighterA, int fighterB) {
    }

    private static final Map<MoveKind, Case> CASES = new EnumMap<>(MoveKind.class);

    private static void add(MoveKind k, BiFunction<World, Ids, Move> setUp, BiPredicate<World, Ids> effect) {
        CASES.put(k, new Case(setUp, effect));
    }

    static {
        add(MoveKind.INVEST_HOME, (w, s) -> {
            w.nation(s.big).investShare = 0.05;
            return Move.of(MoveKind.INVEST_HOME, "BIG");
        }, (w, s) -> w.nation(s.big).investShare > 0.05);
        add(MoveKind.TRADE_AGREEMENT, (w, s) -> {
            w.opinion.set(s.nbr, s.big, 30);
            return Move.of(MoveKind.TRADE_AGREEMENT, "BIG", "NBR");
        }, (w, s) -> w.hasTreaty(TreatyType.TRADE, s.big, s.nbr));
        add(MoveKind.DEVELOPMENT_AID, (w, s) -> Move.of(MoveKind.DEVELOPMENT_AID, "BIG", "THD"),
                (w, s) -> w.nation(s.third).debtToDonors > 0);
        add(MoveKind.SANCTION, (w, s) -> Move.of(MoveKind.SANCTION, "BIG", "THD"), (w, s) -> w.sanctions(s.big, s.third));
        add(MoveKind.MULTILATERAL_SANCTION, (w, s) -> {
            w.opinion.set(s.nbr, s.third, -50);
            return Move.of(MoveKind.MULTILATERAL_SANCTION, "BIG", "THD").withPartners(List.of("NBR"));
        }, (w, s) -> w.sanctions(s.big, s.third) && w.sanctions(s.nbr, s.third));
        add(MoveKind.LIFT_SANCTIONS, (w, s) -> {
            MoveRules.apply(w, Move.of(MoveKind.SANCTION, "BIG", "THD"));
            return Move.of(MoveKind.LIFT_SANCTIONS, "BIG", "THD");
        }, (w, s) -> !w.sanctions(s.big, s.third));
        add(MoveKind.SET_BUDGET, (w, s) -> Move.of(MoveKind.SET_BUDGET, "BIG").withAmount(0.08),
                (w, s) -> Math.abs(w.nation(s.big).milexShare - 0.08) < 1e-9 && logged(w, "BIG", "build-up", "act:arms-race"));
        add(MoveKind.PROPOSE_ALLIANCE, (w, s) -> {
            threaten(w, s.third, s.nbr);
            w.opinion.set(s.nbr, s.big, 60);
            return Move.of(MoveKind.PROPOSE_ALLIANCE, "BIG", "NBR");
        }, (w, s) -> w.hasTreaty(TreatyType.ALLIANCE, s.big, s.nbr));
        add(MoveKind.NON_AGGRESSION_PACT, (w, s) -> {
            w.opinion.set(s.nbr, s.big, 40);
            return Move.of(MoveKind.NON_AGGRESSION_PACT, "BIG", "NBR");
        }, (w, s) -> w.hasTreaty(TreatyType.NON_AGGRESSION, s.big, s.nbr));
        add(MoveKind.GUARANTEE, (w, s) -> Move.of(MoveKind.GUARANTEE, "BIG", "THD"), (w, s) -> w.guarantees(s.big, s.third));
        add(MoveKind.IMPROVE_RELATIONS, (w, s) -> Move.of(MoveKind.IMPROVE_RELATIONS, "BIG", "NBR"),
                (w, s) -> w.opinion.get(s.nbr, s.big) > 0);
        add(MoveKind.ARMS_CONTROL, (w, s) -> {
            w.opinion.set(s.nbr, s.big, 20);
            return Move.of(MoveKind.ARMS_CONTROL, "BIG", "NBR");
        }, (w, s) -> w.hasTreaty(TreatyType.ARMS_CONTROL, s.big, s.nbr));
        add(MoveKind.MEDIATE, (w, s) -> {
            w.random = new org.balancedrealism.model.GameRandom(7);
            w.nation(s.big).softPower = 100;
            return Move.of(MoveKind.MEDIATE, "BIG").withSubject(w.wars.get(0).id);
        }, (w, s) -> logged(w, "BIG", "peace", "mediation-failed") || logged(w, "FTA", "peace"));
        add(MoveKind.PROPOSE_COALITION, (w, s) -> {
            Hostility.record(w, s.third, s.nbr, 60);
            Hostility.record(w, s.third, s.big, 60);
            Perception.refresh(w);
            return Move.of(MoveKind.PROPOSE_COALITION, "BIG", "THD");
        }, (w, s) -> logged(w, "BIG", "coalition-formed", "coalition-failed"));
        add(MoveKind.JOIN_COALITION, (w, s) -> {
            coalitionAgainstThird(w, s);
            w.nation(s.big).human = true; // a person may join whatever the join test says
            return Move.of(MoveKind.JOIN_COALITION, "BIG", "THD");
        }, (w, s) -> w.coalitionAgainst(s.third).hasMember(s.big));
        add(MoveKind.LEAVE_COALITION, (w, s) -> {
            coalitionAgainstThird(w, s);
            w.nation(s.big).human = true;
            MoveRules.apply(w, Move.of(MoveKind.JOIN_COALITION, "BIG", "THD"));
            w.nation(s.big).actionPoints = 4;
            return Move.of(MoveKind.LEAVE_COALITION, "BIG", "THD");
        }, (w, s) -> w.coalitionAgainst(s.third) == null || !w.coalitionAgainst(s.third).hasMember(s.big));
        add(MoveKind.DENOUNCE, (w, s) -> Move.of(MoveKind.DENOUNCE, "BIG", "THD"), (w, s) -> w.opinion.get(s.big, s.third) < 0);
        add(MoveKind.CANCEL_TREATY, (w, s) -> {
            w.opinion.set(s.nbr, s.big, 40);
            MoveRules.apply(w, Move.of(MoveKind.NON_AGGRESSION_PACT, "BIG", "NBR"));
            w.nation(s.big).actionPoints = 4;
            return Move.of(MoveKind.CANCEL_TREATY, "BIG", "NBR");
        }, (w, s) -> !w.hasTreaty(TreatyType.NON_AGGRESSION, s.big, s.nbr));
        add(MoveKind.CULTURAL_DIPLOMACY, (w, s) -> Move.of(MoveKind.CULTURAL_DIPLOMACY, "BIG"),
                (w, s) -> w.nation(s.big).softPower > 10);
        add(MoveKind.ULTIMATUM, (w, s) -> Move.of(MoveKind.ULTIMATUM, "BIG", "NBR").withTerritory("NBR"),
                (w, s) -> logged(w, "BIG", "act:ultimatum"));
        add(MoveKind.UN_RESOLUTION, (w, s) -> Move.of(MoveKind.UN_RESOLUTION, "BIG", "THD"),
                (w, s) -> logged(w, "BIG", "resolution-passed", "resolution-failed"));
        add(MoveKind.ACCEPT_PROPOSAL, (w, s) -> {
            w.nation(s.nbr).human = true;
            org.balancedrealism.engine.move.Proposals.offer(w, ProposalKind.TRADE, s.big, s.nbr, -1, null);
            return Move.of(MoveKind.ACCEPT_PROPOSAL, "NBR").withSubject(w.proposals.get(0).id());
        }, (w, s) -> w.hasTreaty(TreatyType.TRADE, s.big, s.nbr));
        add(MoveKind.REJECT_PROPOSAL, (w, s) -> {
            w.nation(s.nbr).human = true;
            org.balancedrealism.engine.move.Proposals.offer(w, ProposalKind.TRADE, s.big, s.nbr, -1, null);
            return Move.of(MoveKind.REJECT_PROPOSAL, "NBR").withSubject(w.proposals.get(0).id());
        }, (w, s) -> !w.hasTreaty(TreatyType.TRADE, s.big, s.nbr) && w.proposals.isEmpty());
        add(MoveKind.BUILD_UP, (w, s) -> Move.of(MoveKind.BUILD_UP, "BIG"), (w, s) -> logged(w, "BIG", "build-up", "act:arms-race"));
        add(MoveKind.DEMOBILISE, (w, s) -> Move.of(MoveKind.DEMOBILISE, "BIG"), (w, s) -> logged(w, "BIG", "demobilise", "move"));
        add(MoveKind.DEPLOY_TO_BORDER, (w, s) -> Move.of(MoveKind.DEPLOY_TO_BORDER, "BIG", "NBR"),
                (w, s) -> w.memory.get(s.big, s.nbr) > 0);
        add(MoveKind.INVADE, (w, s) -> Move.of(MoveKind.INVADE, "BIG", "NBR"), (w, s) -> w.atWar(s.big, s.nbr)
                && logged(w, "NBR", "resolution-passed", "resolution-failed"));
        add(MoveKind.LIMITED_STRIKE, (w, s) -> Move.of(MoveKind.LIMITED_STRIKE, "BIG", "NBR"),
                (w, s) -> w.memory.get(s.big, s.nbr) > 0);
        add(MoveKind.CYBER_OPERATION, (w, s) -> Move.of(MoveKind.CYBER_OPERATION, "BIG", "NBR"),
                (w, s) -> logged(w, "BIG", "cyber", "act:cyber") || logged(w, "NBR", "cyber"));
        add(MoveKind.HUMANITARIAN_INTERVENTION, (w, s) -> {
            w.nation(s.big).legitimacyTurns = 4;
            return Move.of(MoveKind.HUMANITARIAN_INTERVENTION, "BIG", "NBR");
        }, (w, s) -> w.atWar(s.big, s.nbr) && w.warBetween(s.big, s.nbr).mandated);
        add(MoveKind.PROXY_AID, (w, s) -> Move.of(MoveKind.PROXY_AID, "BIG", "FTB"),
                (w, s) -> logged(w, "BIG", "proxy-aid"));
        add(MoveKind.OFFER_PEACE, (w, s) -> {
            w.wars.get(0).warscore = 80;
            return Move.of(MoveKind.OFFER_PEACE, "FTA", "FTB").withTerritory("FTB");
        }, (w, s) -> w.wars.isEmpty() && w.territories[w.territoryIndex("FTB")].owner() == s.fighterA);
        add(MoveKind.ACCEPT_PEACE, (w, s) -> {
            w.nation(s.fighterB).human = true;
            org.balancedrealism.engine.move.Proposals.offer(w, ProposalKind.PEACE, s.fighterA, s.fighterB, w.wars.get(0).id,
                    PeaceTerms.whitePeace());
            return Move.of(MoveKind.ACCEPT_PEACE, "FTB", "FTA");
        }, (w, s) -> w.wars.isEmpty());
    }

    private static World world() {
        World w = TestWorlds.builder()
                .state("BIG", 8000, 200, 0.04).state("NBR", 600, 30, 0.02).state("THD", 1500, 50, 0.03)
                .state("FTA", 900, 40, 0.04).state("FTB", 300, 20, 0.02)
                .land("BIG", "NBR").land("BIG", "THD").land("NBR", "THD").land("FTA", "FTB").land("THD", "FTA")
                .sea("BIG", "FTB")
                .build(5);
        Wars.declare(w, w.indexOf("FTA"), w.indexOf("FTB"), List.of("FTB"), false);
        for (Nation n : w.nations) {
            n.actionPoints = 4;
            n.treasury = 5000;
        }
        Perception.refresh(w);
        Alignments.run(w);
        return w;
    }

    private static Ids ids(World w) {
        return new Ids(w.indexOf("BIG"), w.indexOf("NBR"), w.indexOf("THD"), w.indexOf("FTA"), w.indexOf("FTB"));
    }

    private static void threaten(World w, int actor, int victim) {
        Hostility.record(w, actor, victim, 60);
        Perception.refresh(w);
        Alignments.run(w);
    }

    private static void coalitionAgainstThird(World w, Ids s) {
        org.balancedrealism.model.Coalition c = new org.balancedrealism.model.Coalition();
        c.id = w.nextId();
        c.target = s.third;
        c.leader = s.nbr;
        c.members.add(new org.balancedrealism.model.CoalitionMember(s.nbr, 0.5, 10, true, 0, "test", 0));
        c.members.add(new org.balancedrealism.model.CoalitionMember(s.fighterB, 0.5, 10, true, 0, "test", 0));
        w.coalitions.add(c);
        Perception.refresh(w);
    }

    private static boolean logged(World w, String actor, String... kinds) {
        return w.log.stream().anyMatch(e -> List.of(kinds).contains(e.kind()) && actor.equals(e.actor()));
    }

    @Test
    void everyKindHasACase() {
        for (MoveKind k : MoveKind.values()) {
            assertTrue(CASES.containsKey(k), k + " has no case in this test");
        }
    }

    @ParameterizedTest
    @EnumSource(MoveKind.class)
    void eachMoveKindIsLegalWhereItShouldBeAndDoesWhatItsRuleSays(MoveKind kind) {
        World w = world();
        Ids s = ids(w);
        Case c = CASES.get(kind);
        Move m = c.setUp().apply(w, s);
        assertEquals(List.of(), MoveRules.check(w, m), kind + " should be legal here");
        MovePreview preview = MovePreview.of(w, m);
        assertTrue(preview.legal(), preview.summary());
        assertEquals(List.of(), MoveRules.apply(w, m));
        assertTrue(c.effect().test(w, s), kind + " did not do what its rule says; log: "
                + w.log.subList(Math.max(0, w.log.size() - 5), w.log.size()));
    }
}
