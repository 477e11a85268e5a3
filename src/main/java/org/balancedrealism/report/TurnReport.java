package org.balancedrealism.report;

import org.balancedrealism.model.GameEvent;

import java.util.List;

/**
 * One seat's turn report, ranked: what happened to it, around it, a few world headlines, and the routine folded away.
 *
 * @param me             the seat's state id
 * @param turn           the turn reported
 * @param mine           events that happened to or by the seat, most serious first
 * @param neighbourhood  events of its neighbours and its threats, most serious first
 * @param headlines      the world's biggest events, at most {@link ReportRanking#MAX_HEADLINES}
 * @param routine        everything else the seat may see, in the order it happened
 * @param routineSummary the routine told in a few counted lines ("142 summits, treaties and offers between others")
 * @param newOffers      offers to the seat made this turn (they wait in its inbox, not in the report)
 */
public record TurnReport(String me, int turn, List<GameEvent> mine, List<GameEvent> neighbourhood,
                         List<GameEvent> headlines, List<GameEvent> routine, List<String> routineSummary,
                         int newOffers) {
    public TurnReport {
        mine = List.copyOf(mine);
        neighbourhood = List.copyOf(neighbourhood);
        headlines = List.copyOf(headlines);
        routine = List.copyOf(routine);
        routineSummary = List.copyOf(routineSummary);
    }

    public List<GameEvent> section(ReportSection s) {
        return switch (s) {
            case ME -> mine;
            case NEIGHBOURHOOD -> neighbourhood;
            case WORLD -> headlines;
            case ROUTINE -> routine;
        };
    }
}
