package org.balancedrealism.session;

import org.balancedrealism.model.World;
import org.balancedrealism.report.Inbox;
import org.balancedrealism.report.OfferGroup;
import org.balancedrealism.report.ReportRanking;
import org.balancedrealism.report.TurnReport;

import java.util.List;

/**
 * What the game screen builds on End turn before it draws anything, done headless for the benchmark and the turn's
 * warm-up ({@link TurnWarmUp}): the seat's view
 * of the world (session/SeatViews), the ranked report of the turn just played (report/ReportRanking, as
 * ui/game/SeatReports opens it) and the inbox in groups with its summary (as the inbox button and window show it).
 * The JavaFX drawing itself is not in it, nor are the AI's notes: the view picks them without writing any, and a
 * state's are written only when its country panel opens (not on End turn).
 */
public final class EndTurnView {
    private EndTurnView() {
    }

    /** What the screen reads after a turn, built once. */
    public record Built(SeatView view, TurnReport report, List<OfferGroup> inbox, String inboxSummary) {
    }

    public static Built build(World w, String seat) {
        SeatView v = SeatViews.timed(w, seat).view();
        SeatView.Situation s = v.situation();
        TurnReport report = ReportRanking.rank(s.context(v.me()), v.game().turn(), v.eventsOf(v.game().turn()));
        return new Built(v, report, Inbox.group(s.offers()), Inbox.summary(s.offers()));
    }

    /** Nanoseconds {@link #build} took for {@code seat} (0 when that state is not in the game). */
    public static long nanos(World w, String seat) {
        if (w.indexOf(seat) < 0) {
            return 0;
        }
        long start = System.nanoTime();
        Built b = build(w, seat);
        long took = System.nanoTime() - start;
        if (b.report() == null) {
            throw new IllegalStateException("no report"); // keeps the work from being optimised away
        }
        return took;
    }
}
