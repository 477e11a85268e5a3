package org.balancedrealism.testkit;

import org.balancedrealism.engine.Injects;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.model.Inject;
import org.balancedrealism.model.Message;
import org.balancedrealism.session.AiOrders;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.MessageBox;
import org.balancedrealism.session.Seat;

import java.util.List;

/**
 * A short seminar game on the shipped Ukraine (2022) scenario: Alice plays Russia and invades Ukraine on turn 1,
 * Bob plays Ukraine and calls for help; the instructor fires the scenario's grain-blockade inject on turn 2; the
 * computer plays everyone else. For the debrief and branching tests.
 */
public final class ClassroomGames {
    public static final long SEED = 11;

    private ClassroomGames() {
    }

    public static Games.Loaded ukraine() throws DataFileException {
        return Games.load("ukraine-2022");
    }

    /** The game after {@code turns} turns, as a save envelope (with the messages). */
    public static SaveGame ukraine(int turns) throws DataFileException {
        Games.Loaded scenario = ukraine();
        GameSession s = GameSession.start(scenario, SEED, List.of(Seat.human("Alice", "RUS"), Seat.human("Bob", "UKR")),
                new AiOrders());
        MessageBox box = new MessageBox();
        List<String> seats = List.of("RUS", "UKR");
        Inject blockade = Injects.library(scenario.scenario()).stream().filter(i -> i.id().equals("grain-blockade"))
                .findFirst().orElseThrow();
        for (int t = 0; t < turns; t++) {
            int turn = s.world().turn + 1;
            if (turn == 1) {
                box.send(turn, "RUS", "UKR", "Withdraw your claim to Crimea and nobody gets hurt.", seats);
                box.send(turn, "UKR", Message.INSTRUCTOR, "Can we ask NATO for weapons before they attack?", seats);
            }
            if (turn == 2) {
                Injects.queue(s.world(), blockade.event());
            }
            do {
                String me = s.currentSeat().stateId();
                if (me.equals("RUS") && turn == 1) {
                    s.plan(Move.of(MoveKind.INVADE, "RUS", "UKR"));
                } else if (me.equals("UKR")) {
                    s.plan(Move.of(MoveKind.BUILD_UP, "UKR"));
                }
            } while (s.endSeatTurn().resolved() == null);
        }
        SaveGame g = s.toSave();
        g.messages = box.all();
        return g;
    }
}
