package org.balancedrealism.net;

import com.google.gson.JsonObject;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.OrderSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A hosted game saved and hosted again keeps its seats, their passwords and their planned orders. */
class HostedSaveTest {
    private static JsonObject join(String seat, String password) {
        JsonObject o = Protocol.object(null);
        o.addProperty("seat", seat);
        o.addProperty("password", password);
        return o;
    }

    @Test
    void aHostedSaveHostedAgainKeepsItsPasswordsAndOrders() {
        GameSession first = ClassroomLoopbackTest.fourSeats();
        first.plan(0, Move.of(MoveKind.INVEST_HOME, "AAA"));
        SaveGame save = first.toSave();

        GameSession again = GameSession.resume(save, OrderSource.PASSIVE);
        HostedGame hosted = new HostedGame(HostedGame.newCode(), again, Duration.ZERO, () -> 0L, HostLimits.DEFAULT,
                Runnable::run);
        assertEquals(403, hosted.join(join("AAA", "guess")).status(), "the password was kept");
        assertEquals(403, hosted.join(join("AAA", "")).status());
        assertEquals(200, hosted.join(join("AAA", "a-secret")).status());
        assertEquals(200, hosted.join(join("BBB", "")).status(), "a seat without a password stays open");
        assertEquals(List.of(Move.of(MoveKind.INVEST_HOME, "AAA")), again.plannedOrders(0), "and the orders planned");
    }
}
