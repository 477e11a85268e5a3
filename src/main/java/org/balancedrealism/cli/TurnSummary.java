package org.balancedrealism.cli;

import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.EventKinds;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

/** The few lines printed per turn: power shares, wars, coalitions and why, overreach leaders, notable events. */
final class TurnSummary {
    private TurnSummary() {
    }

    static String of(World w, TurnEngine.TurnResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("== Turn ").append(r.turn()).append(" (").append(w.dateLabel()).append(") ==\n");
        sb.append("  power: ").append(top(w, w.derived.power, 6, true)).append('\n');
        sb.append("  overreach: ").append(top(w, w.derived.overreach, 4, false)).append('\n');
        for (War war : w.wars) {
            sb.append("  war: ").append(war.name).append(", war score ").append(Events.f1(war.warscore))
                    .append(", turn ").append(war.turns).append('\n');
        }
        for (Coalition c : w.coalitions) {
            List<String> members = new ArrayList<>();
            c.members.forEach(m -> members.add(w.id(m.state())));
            sb.append("  coalition against ").append(w.id(c.target)).append(": ").append(String.join(", ", members))
                    .append(c.formedTurn == r.turn() ? " — " + c.why : "").append('\n');
        }
        for (GameEvent e : r.events()) {
            EventKind k = EventKind.of(e.kind());
            if (k.isAct() || k.category() == EventKinds.Category.COALITION || k == EventKind.COALITION_WAR
                    || k == EventKind.PEACE || k == EventKind.SCRIPTED || k == EventKind.ORDER_FAILED) {
                sb.append("  • ").append(e.text()).append(e.why().isEmpty() ? "" : " [" + e.why() + "]").append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String top(World w, double[] values, int count, boolean percent) {
        List<String> parts = new ArrayList<>();
        for (int i : Rankings.top(w, values, count)) {
            parts.add(w.id(i) + " " + (percent ? Events.pct(values[i]) : Events.f1(values[i])));
        }
        return String.join(", ", parts);
    }
}
