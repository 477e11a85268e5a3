package org.balancedrealism.engine.phase;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Geography;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.List;

/**
 * Scripted events of the scenario (and crises an instructor injects), then non-state and non-traditional threats:
 * terrorism, pandemics, cyber incidents, financial crises, NGO campaigns.
 */
public final class EventsPhase implements Phase {
    @Override
    public String name() {
        return "events";
    }

    @Override
    public void run(World w, List<Move> orders) {
        for (ScriptedEvent e : w.scripts) {
            if (e.turn() == w.turn + 1) {
                fire(w, e);
            }
        }
        // an instructor's injects fire exactly as the scenario's scripted events do, after them
        if (w.injects != null) {
            for (ScriptedEvent e : w.injects) {
                if (e.turn() == w.turn + 1) {
                    fire(w, e);
                }
            }
        }
        nonState(w);
        borderIncident(w);
    }

    /** Applies a scripted event's effects and logs it. */
    public static void fire(World w, ScriptedEvent e) {
        for (ScriptedEvent.Effect fx : e.effects()) {
            int i = w.indexOf(fx.nation());
            if (i < 0) {
                continue;
            }
            Nation s = w.nation(i);
            double mul = fx.multiply() == 0 ? 1 : fx.multiply();
            switch (fx.field()) {
                case "gdp" -> s.gdp = Math.max(0.01, s.gdp * mul + fx.add());
                case "military" -> s.military = Math.max(0, s.military * mul + fx.add());
                case "stability" -> s.stability = clamp(s.stability * mul + fx.add(), 0, 100);
                case "softPower" -> s.softPower = clamp(s.softPower * mul + fx.add(), 0, 100);
                case "treasury" -> s.treasury = s.treasury * mul + fx.add();
                case "nationalism" -> s.nationalism = clamp(s.nationalism * mul + fx.add(), 0, 1);
                // a historical scenario's states get the bomb when they did (the USSR's first test, August 1949)
                case "nuclear" -> s.nuclear = (int) clamp(Math.round(s.nuclear * mul + fx.add()), 0, 3);
                default -> { }
            }
        }
        ScriptedEvent.Act act = e.act();
        int actor = act == null ? -1 : w.indexOf(act.actor());
        if (actor >= 0 && w.nation(actor).alive) {
            int victim = act.victim() == null ? -1 : w.indexOf(act.victim());
            if (victim >= 0 && !w.nation(victim).alive) {
                victim = -1;
            }
            // an injected crisis is an act like a played one: every observer remembers it by relevance, and the
            // actor has acted (coalitions answer recent acts)
            Hostility.record(w, actor, victim, act.severity());
            Events.scriptedAct(w, act.kind(), actor, victim, e.text(),
                    Sentence.of("why.scriptedAct", Events.f1Later(act.severity())));
        } else {
            w.log.add(new GameEvent(w.turn + 1, EventKind.SCRIPTED.id(), null, null, e.visibility(), e.audience(), e.text(), ""));
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private void nonState(World w) {
        Rules.NonState r = w.rules.events;
        Rules.EventEffects fx = w.rules.eventEffects;
        double years = w.yearsPerTurn();
        if (w.random.chance("terrorism", r.terrorism * years)) {
            int i = pickUnstable(w);
            Nation s = w.nation(i);
            s.stability = Math.max(0, s.stability - fx.terrorismStability);
            s.nationalism = Math.min(1, s.nationalism + fx.terrorismNationalism);
            Events.all(w, EventKind.TERRORISM, -1, i, Sentence.of("event.terrorism", Events.nameLater(w, i)), Sentence.of("why.terrorism",
                    Events.figureLater(fx.terrorismStability), Events.figureLater(fx.terrorismNationalism)));
        }
        if (w.random.chance("pandemic", r.pandemic * years)) {
            for (Nation s : w.nations) {
                if (s.alive) {
                    s.gdp *= fx.pandemicGdpFactor;
                    s.stability = Math.max(0, s.stability - fx.pandemicStability);
                }
            }
            Events.all(w, EventKind.PANDEMIC, -1, -1, Sentence.of("event.pandemic"), Sentence.of("why.pandemic",
                    Events.lossPctLater(fx.pandemicGdpFactor), Events.figureLater(fx.pandemicStability)));
        }
        if (w.random.chance("cyber incident", r.cyberIncident * years)) {
            int i = pickRich(w);
            w.nation(i).gdp *= fx.cyberIncidentGdpFactor;
            Events.all(w, EventKind.CYBER_INCIDENT, -1, i, Sentence.of("event.ransomware", Events.nameLater(w, i)), Sentence.of("why.ransomware",
                    Events.lossPctLater(fx.cyberIncidentGdpFactor)));
        }
        if (w.random.chance("financial crisis", r.financialCrisis * years)) {
            int i = pickRich(w);
            String region = w.nation(i).region;
            for (Nation s : w.nations) {
                if (s.alive && region != null && region.equals(s.region)) {
                    s.gdp *= fx.financialCrisisGdpFactor;
                    s.stability = Math.max(0, s.stability - fx.financialCrisisStability);
                }
            }
            Events.all(w, EventKind.FINANCIAL_CRISIS, -1, i, Sentence.of("event.financialCrisis", Events.nameLater(w, i),
                    Sentence.later(() -> org.balancedrealism.text.CountryNames.region(region))), Sentence.of("why.financialCrisis", Events.lossPctLater(fx.financialCrisisGdpFactor)));
        }
        if (w.random.chance("ngo campaign", r.ngoCampaign * years)) {
            int worst = -1;
            double most = -1;
            for (int i = 0; i < w.size(); i++) {
                if (w.nation(i).alive && w.derived.overreach[i] > most) {
                    most = w.derived.overreach[i];
                    worst = i;
                }
            }
            if (worst >= 0) {
                Nation s = w.nation(worst);
                s.softPower = Math.max(0, s.softPower - fx.ngoCampaignSoftPower);
                w.log.add(new GameEvent(w.turn + 1, EventKind.NGO_CAMPAIGN.id(), null, s.id, Visibility.ALL, List.of(),
                        Sentence.of("event.ngoCampaign", Events.nameLater(w, worst)), Sentence.of("why.ngoCampaign", Events.figureLater(fx.ngoCampaignSoftPower))));
            }
        }
    }

    /**
     * A border incident between land neighbours that are not allies, picked in proportion to how much they dislike
     * each other (states on good terms have none): a dispute both remember, the stuff later wars are made of. Not an
     * act of aggression by either side, so no observer counts it against one of them.
     */
    private static void borderIncident(World w) {
        Rules.NonState r = w.rules.events;
        if (!w.random.chance("border incident", r.borderIncident * w.yearsPerTurn())) {
            return;
        }
        // the pairs that may clash (land neighbours, few of the 197²) and their weights, summed in pair order; the
        // pairs left out weigh nothing, so the sum and the pick are the same as over every pair
        int n = w.size();
        double[] distance = w.derived.distance;
        int count = 0;
        int[] pairs = new int[64];
        double[] weights = new double[32];
        double total = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (distance[a * n + b] > Geography.LAND_HOP) {
                    continue; // not neighbours by land: no clash (the cheapest test first)
                }
                double weight = dislike(w, a, b);
                if (weight > 0) {
                    if (count == weights.length) {
                        pairs = java.util.Arrays.copyOf(pairs, 4 * count);
                        weights = java.util.Arrays.copyOf(weights, 2 * count);
                    }
                    pairs[2 * count] = a;
                    pairs[2 * count + 1] = b;
                    weights[count++] = weight;
                    total += weight;
                }
            }
        }
        if (total <= 0) {
            return;
        }
        double x = w.random.uniform("border incident pair") * total;
        for (int k = 0; k < count; k++) {
            x -= weights[k];
            if (x <= 0) {
                int a = pairs[2 * k];
                int b = pairs[2 * k + 1];
                w.memory.add(a, b, r.borderIncidentHostility);
                w.memory.add(b, a, r.borderIncidentHostility);
                w.opinion.set(a, b, Hostility.clampOpinion(w.opinion.get(a, b) - r.borderIncidentOpinion));
                w.opinion.set(b, a, Hostility.clampOpinion(w.opinion.get(b, a) - r.borderIncidentOpinion));
                Events.all(w, EventKind.BORDER_INCIDENT, a, b, Sentence.of("event.borderClash", Events.nameLater(w, a), Events.nameLater(w, b)), Sentence.of("why.borderClash", Events.f1Later(r.borderIncidentHostility)));
                return;
            }
        }
    }

    /** How much two land neighbours that are not allies dislike each other (0 for any other pair). */
    private static double dislike(World w, int a, int b) {
        if (!w.nation(a).alive || !w.nation(b).alive || w.derived.distance(a, b) > Geography.LAND_HOP
                || w.derived.allied(a, b)) {
            return 0;
        }
        return Math.max(0, -(w.opinion.get(a, b) + w.opinion.get(b, a)) / 2);
    }

    private static int pickUnstable(World w) {
        double total = 0;
        for (Nation s : w.nations) {
            total += s.alive ? 101 - s.stability : 0;
        }
        double x = w.random.uniform("event target") * total;
        for (int i = 0; i < w.size(); i++) {
            x -= w.nation(i).alive ? 101 - w.nation(i).stability : 0;
            if (x <= 0 && w.nation(i).alive) {
                return i;
            }
        }
        return 0;
    }

    private static int pickRich(World w) {
        double total = 0;
        for (Nation s : w.nations) {
            total += s.alive ? s.gdp : 0;
        }
        double x = w.random.uniform("event target") * total;
        for (int i = 0; i < w.size(); i++) {
            x -= w.nation(i).alive ? w.nation(i).gdp : 0;
            if (x <= 0 && w.nation(i).alive) {
                return i;
            }
        }
        return 0;
    }
}
