package org.balancedrealism.ai;

import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.ThreatFactors;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

import static org.balancedrealism.ai.AiPlayer.f;

/** Builds the explanation record of a decision (§6.4) and its compact, saved form. */
public final class Explain {
    static final int THREATS = 3;
    static final int BEST = 3;
    static final int REFUSED = 2;
    /** Decisions worth keeping the full record of: wars, coalitions, peace, and the rarer answers short of war. */
    static final java.util.Set<MoveKind> NOTABLE = java.util.EnumSet.of(MoveKind.INVADE, MoveKind.JOIN_COALITION,
            MoveKind.PROPOSE_COALITION, MoveKind.OFFER_PEACE, MoveKind.LEAVE_COALITION, MoveKind.HUMANITARIAN_INTERVENTION,
            MoveKind.ULTIMATUM, MoveKind.LIMITED_STRIKE, MoveKind.CYBER_OPERATION, MoveKind.PROXY_AID, MoveKind.ARMS_CONTROL,
            MoveKind.MEDIATE, MoveKind.UN_RESOLUTION, MoveKind.MULTILATERAL_SANCTION, MoveKind.CANCEL_TREATY);

    private Explain() {
    }

    static AiPlayer.Explanation of(AiPlayer.Context c, List<AiPlayer.Scored> scored, List<AiPlayer.Scored> rejected,
                                   List<Move> chosen, double margin) {
        World w = c.w;
        Derived d = c.d;
        int i = c.i;
        List<AiPlayer.ThreatLine> threats = new ArrayList<>();
        TopStates top = new TopStates(THREATS);
        for (int j = 0; j < w.size(); j++) {
            double t = d.threat(i, j);
            if (j != i && !(t <= 0)) { // a figure that is not a number stays in, as it always has
                top.offer(j, t);
            }
        }
        for (int j : top.states()) {
            if (j >= 0) {
                threats.add(new AiPlayer.ThreatLine(j, Perception.factors(w, d, i, j)));
            }
        }
        double truePower = c.mainThreat < 0 ? 0 : d.power[c.mainThreat];
        double perceived = c.mainThreat < 0 ? 0 : truePower * c.noise(c.mainThreat);
        List<AiPlayer.Scored> best = scored.subList(0, Math.min(BEST, scored.size()));
        List<AiPlayer.Scored> refused = rejected.subList(0, Math.min(REFUSED, rejected.size()));
        List<Move> chosenCopy = List.copyOf(chosen);
        Story story = story(c, threats, scored, chosenCopy, margin);
        return new AiPlayer.Explanation(w.turn + 1, i, c.me.doctrine, c.me.alignment, c.me.alignmentWhy, threats,
                perceived, truePower, List.copyOf(best), List.copyOf(refused), chosenCopy, margin, story);
    }

    /**
     * The figures of a decision's one-line narrative, taken when the state decides; the line itself is written when
     * first read ({@link #text}), since most are never read. Besides these figures it reads only states' names.
     */
    static final class Story {
        private final World w;
        private final String name;
        private final List<AiPlayer.ThreatLine> threats;
        private final List<Move> chosen;
        private final Move told;
        private final AiPlayer.Scored scored;
        private final int about;
        private final ThreatFactors aboutFactors;
        private final double hostility;
        private final org.balancedrealism.model.Alignment alignment;
        private final double margin;
        private volatile String text;

        private Story(World w, String name, List<AiPlayer.ThreatLine> threats, List<Move> chosen, Move told,
                      AiPlayer.Scored scored, int about, ThreatFactors aboutFactors, double hostility,
                      org.balancedrealism.model.Alignment alignment, double margin) {
            this.w = w;
            this.name = name;
            this.threats = threats;
            this.chosen = chosen;
            this.told = told;
            this.scored = scored;
            this.about = about;
            this.aboutFactors = aboutFactors;
            this.hostility = hostility;
            this.alignment = alignment;
            this.margin = margin;
        }

        /** "France joins the coalition against Germany: threat 0.62 — power 0.55, proximity 1.00, … (EU 0.31, margin 0.05)". */
        String text() {
            String t = text;
            if (t == null) {
                t = write();
                text = t;
            }
            return t;
        }

        private String write() {
            if (chosen.isEmpty()) {
                return threats.isEmpty() ? Texts.get("ai.passes", name)
                        : Texts.get("ai.passes.threat", name, w.name(threats.get(0).source()), f(threats.get(0).factors().threat()));
            }
            Move m = told;
            AiPlayer.Scored s = scored;
            StringBuilder sb = new StringBuilder(Texts.get("ai.decides", name, verb(w, m)));
            if (about >= 0) {
                ThreatFactors f = aboutFactors;
                sb.append(Texts.get("ai.why.threat", f(f.threat()), w.name(about), f(f.power()), f(f.proximity()),
                        f(f.offence()), f(f.intentions())));
                double h = hostility;
                if (h >= 1) {
                    sb.append(Texts.get("ai.why.remembers", f(h)));
                }
            }
            sb.append(Texts.get("ai.why.separator")).append(Texts.get("ai.alignment." + alignment.name()));
            if (s != null) {
                sb.append(Texts.get("ai.why.eu", f(s.eu()), f(margin)));
                if (s.because() != null) {
                    sb.append(Texts.get("ai.why.separator")).append(s.note());
                }
                if (s.coalitionRisk() > 0) {
                    sb.append(Texts.get("ai.why.coalitionRisk", AiPlayer.pct(s.coalitionRisk())));
                }
            }
            if (chosen.size() > 1) {
                sb.append(Texts.get("ai.why.also"));
                boolean first = true;
                for (Move x : chosen) {
                    if (x != m) {
                        sb.append(first ? "" : ", ").append(AiPlayer.phrase(w, x));
                        first = false;
                    }
                }
            }
            return sb.toString();
        }
    }

    /** The figures of the decision's narrative ({@link Story}), taken now. */
    static Story story(AiPlayer.Context c, List<AiPlayer.ThreatLine> threats, List<AiPlayer.Scored> scored,
                       List<Move> chosen, double margin) {
        World w = c.w;
        if (chosen.isEmpty()) {
            return new Story(w, w.name(c.i), threats, chosen, null, null, -1, null, 0, c.me.alignment, margin);
        }
        Move m = chosen.get(0);
        for (Move x : chosen) { // tell the most consequential move first
            if (NOTABLE.contains(x.kind())) {
                m = x;
                break;
            }
        }
        AiPlayer.Scored s = null;
        for (AiPlayer.Scored x : scored) {
            if (x.move().equals(m)) {
                s = x;
                break;
            }
        }
        int t = m.target() == null ? -1 : w.indexOf(m.target());
        int about = t >= 0 && c.d.threat(c.i, t) > 0 ? t : c.mainThreat;
        ThreatFactors f = null;
        double h = 0;
        if (about >= 0) {
            for (AiPlayer.ThreatLine line : threats) { // the same figures as the threat lines when it is one of them
                if (line.source() == about) {
                    f = line.factors();
                    break;
                }
            }
            if (f == null) {
                f = Perception.factors(w, c.d, c.i, about);
            }
            h = w.memory.get(about, c.i);
        }
        return new Story(w, w.name(c.i), threats, chosen, m, s, about, f, h, c.me.alignment, margin);
    }

    /**
     * A note in plain words for the player, e.g. "France joins the coalition against Germany. It fears Germany most."
     * The {@link #narrative} it is cut from keeps the figures (threat factors, expected utility and margin) for the
     * tooltip; this only drops them, so the two always tell the same story.
     */
    public static String plain(World w, AiNote note) {
        return plain(note, id -> {
            int i = w.indexOf(id);
            return i < 0 ? null : w.name(i);
        });
    }

    /** The same from a state's name by id (null when unknown), for screens that see no world. */
    public static String plain(AiNote note, java.util.function.Function<String, String> nameOf) {
        String n = note.narrative() == null ? "" : note.narrative();
        int cut = n.indexOf(':');
        int semi = n.indexOf(';');
        // "X passes: no move is worth its cost; main threat …" keeps its reason; other verbs end at the colon. A state
        // passed when it chose nothing (read from the note, not from its words, which are in the player's language)
        boolean passed = note.chosen() != null && note.chosen().isEmpty();
        String head = passed ? (semi < 0 ? n : n.substring(0, semi))
                : cut >= 0 ? n.substring(0, cut) : semi >= 0 ? n.substring(0, semi) : n;
        StringBuilder sb = new StringBuilder(head.trim()).append('.');
        if (!note.threats().isEmpty()) {
            String line = note.threats().get(0);
            int space = line.indexOf(' ');
            String feared = nameOf.apply(space < 0 ? line : line.substring(0, space));
            if (feared != null) {
                sb.append(' ').append(Texts.get("ai.fearsMost", feared));
            }
        }
        return sb.toString();
    }

    static String verb(World w, Move m) {
        String verb = m.kind().rule().verb(w, m);
        return verb != null ? verb : Texts.get("ai.orders", AiPlayer.phrase(w, m));
    }

    static AiNote note(World w, AiPlayer.Explanation e) {
        List<String> threats = new ArrayList<>();
        for (AiPlayer.ThreatLine t : e.threats()) {
            threats.add(w.id(t.source()) + " " + f(t.factors().threat()) + " (" + t.factors().describe() + ")");
        }
        List<String> cands = new ArrayList<>();
        for (AiPlayer.Scored s : e.best()) {
            cands.add(s.line(w));
        }
        for (AiPlayer.Scored s : e.rejected()) {
            cands.add(Texts.get("ai.rejected", AiPlayer.label(w, s.move()), s.note()));
        }
        List<String> chosen = chosenLines(e);
        String power = e.truePower() > 0 ? Texts.get("ai.powerSeen", AiPlayer.pct(e.perceivedPower()), AiPlayer.pct(e.truePower())) : "";
        return new AiNote(e.turn(), w.id(e.state()), e.doctrine(), e.alignment().name(),
                e.alignmentWhy() == null ? "" : e.alignmentWhy().text(), threats, power,
                cands, chosen, e.margin(), e.narrative());
    }

    /** The narrative of a notable decision, kept for the whole game: no threats, candidates or power figures. */
    static AiNote notableNote(World w, AiPlayer.Explanation e) {
        return new AiNote(e.turn(), w.id(e.state()), e.doctrine(), e.alignment().name(), "", List.of(), "", List.of(),
                chosenLines(e), e.margin(), e.narrative());
    }

    private static List<String> chosenLines(AiPlayer.Explanation e) {
        List<String> chosen = new ArrayList<>();
        for (Move m : e.chosen()) {
            chosen.add(m.describe());
        }
        return chosen;
    }

    /** A decision worth keeping the narrative of: one of its moves is {@link #NOTABLE}. */
    static boolean notable(List<Move> chosen) {
        for (Move m : chosen) {
            if (NOTABLE.contains(m.kind())) {
                return true;
            }
        }
        return false;
    }
}
