package org.balancedrealism.claims;

import org.balancedrealism.engine.EventKind;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Observes a world after each turn and keeps the compact {@link Trace} that claims are judged on. */
public final class TraceRecorder {
    private final Watchlist watchlist;
    private final Set<String> scripted;
    private final Trace trace;

    /** @param scripted ids of the states playing scripted orders, whose refused orders are noted */
    public TraceRecorder(World w, Watchlist watchlist, Set<String> scripted) {
        this.watchlist = watchlist;
        this.scripted = new TreeSet<>(scripted);
        String[] ids = new String[w.size()];
        int[] nuclear = new int[w.size()];
        for (int i = 0; i < w.size(); i++) {
            ids[i] = w.id(i);
            nuclear[i] = w.nation(i).nuclear;
        }
        trace = new Trace(w.seed, ids, nuclear);
        trace.turns().add(snapshot(w, List.of()));
    }

    /** Call after each turn with that turn's events. */
    public void observe(World w, List<GameEvent> events) {
        trace.turns().add(snapshot(w, events));
        for (GameEvent e : events) {
            if (EventKind.of(e.kind()) == EventKind.ORDER_FAILED && e.actor() != null && scripted.contains(e.actor())) {
                trace.failedOrders().add("turn " + e.turn() + " " + e.actor() + ": " + e.text() + " (" + e.why() + ")");
            }
        }
    }

    public Trace trace() {
        return trace;
    }

    private TurnSnapshot snapshot(World w, List<GameEvent> events) {
        TurnSnapshot s = new TurnSnapshot(w.turn, w.size());
        for (Coalition c : w.coalitions) {
            Set<String> members = s.coalitions.computeIfAbsent(w.id(c.target), k -> new TreeSet<>());
            for (CoalitionMember m : c.members) {
                members.add(w.id(m.state()));
            }
        }
        for (War war : w.wars) {
            s.wars.add(new WarView(war.id, war.name, ids(w, war.attackers), ids(w, war.defenders), war.warscore, war.startTurn));
        }
        for (Treaty t : w.treaties) {
            if (t.type() == TreatyType.ALLIANCE) {
                s.alliances.add(TurnSnapshot.pair(w.id(t.a()), w.id(t.b())));
            }
        }
        for (Sanction x : w.sanctions) {
            s.sanctions.add(TurnSnapshot.sanction(w.id(x.sender()), w.id(x.target())));
        }
        for (int i = 0; i < w.size(); i++) {
            for (Figure f : Figure.values()) {
                s.figures[i][f.ordinal()] = f.read(w, i);
            }
        }
        for (String judged : watchlist.opinionsOf) {
            int j = w.indexOf(judged);
            if (j >= 0) {
                double[] column = new double[w.size()];
                for (int i = 0; i < w.size(); i++) {
                    column[i] = w.opinion.get(i, j);
                }
                s.opinionsOf.put(judged, column);
            }
        }
        if (w.derived != null) {
            for (String target : watchlist.threatsFrom) {
                int j = w.indexOf(target);
                if (j >= 0) {
                    s.mostThreatened.put(target, mostThreatened(w, j));
                }
            }
        }
        s.events.addAll(events);
        return s;
    }

    private static List<String> mostThreatened(World w, int target) {
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (i != target && w.nation(i).alive) {
                others.add(i);
            }
        }
        others.sort(Comparator.comparingDouble((Integer i) -> -w.derived.threat(i, target)).thenComparing(i -> i));
        List<String> top = new ArrayList<>();
        for (int k = 0; k < Math.min(3, others.size()); k++) {
            int i = others.get(k);
            top.add(String.format(Locale.ROOT, "%s %.2f", w.id(i), w.derived.threat(i, target)));
        }
        return top;
    }

    private static List<String> ids(World w, List<Integer> states) {
        List<String> out = new ArrayList<>(states.size());
        for (int i : states) {
            out.add(w.id(i));
        }
        return out;
    }
}
