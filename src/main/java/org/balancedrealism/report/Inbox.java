package org.balancedrealism.report;

import org.balancedrealism.engine.move.Proposals;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.PeaceTerms;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A seat's inbox in words: offers grouped by kind, each with its terms, in an order that never changes while the
 * offers stay open (kind, then the order they were made in), so a list never shifts under the pointer.
 */
public final class Inbox {
    private Inbox() {
    }

    /** The offers, in the inbox's stable order. */
    public static List<Offer> offers(World w, List<Proposal> proposals) {
        List<Offer> out = new ArrayList<>();
        for (Proposal p : proposals) {
            out.add(new Offer(p.id(), p.kind(), w.id(p.from()), headline(w, p), terms(w, p), Proposals.turnsLeft(w, p)));
        }
        out.sort(ORDER);
        return out;
    }

    /** Kind (in {@link ProposalKind}'s order), then the order the offers were made in (ids only grow). */
    public static final Comparator<Offer> ORDER = Comparator.comparing(Offer::kind).thenComparingInt(Offer::id);

    public static List<OfferGroup> group(List<Offer> offers) {
        Map<ProposalKind, List<Offer>> byKind = new EnumMap<>(ProposalKind.class);
        List<Offer> sorted = new ArrayList<>(offers);
        sorted.sort(ORDER);
        for (Offer o : sorted) {
            byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
        }
        List<OfferGroup> out = new ArrayList<>();
        byKind.forEach((k, list) -> out.add(new OfferGroup(k, plural(k, list.size(), true), list)));
        return out;
    }

    /** "3 alliance offers, 12 coalition invitations" (empty when nothing waits). */
    public static String summary(List<Offer> offers) {
        List<String> parts = new ArrayList<>();
        for (OfferGroup g : group(offers)) {
            parts.add(plural(g.kind(), g.offers().size(), false));
        }
        return String.join(", ", parts);
    }

    /** "3 alliance offers", or as a group's title "Alliance offers (3)". */
    private static String plural(ProposalKind k, int n, boolean title) {
        String words = org.balancedrealism.text.Texts.get("inbox." + (n == 1 ? "one." : "many.") + k.name());
        return title ? Character.toUpperCase(words.charAt(0)) + words.substring(1) + " (" + n + ")" : n + " " + words;
    }

    static String headline(World w, Proposal p) {
        String from = w.name(p.from());
        return switch (p.kind()) {
            case ALLIANCE -> from + " offers an alliance";
            case NON_AGGRESSION -> from + " offers a non-aggression pact";
            case TRADE -> from + " offers a trade agreement";
            case ARMS_CONTROL -> from + " offers an arms-control treaty";
            case PEACE -> {
                War war = w.war(p.subject());
                yield from + " offers peace" + (war == null ? "" : " in the " + war.name);
            }
            case COALITION_INVITE -> {
                Coalition c = w.coalition(p.subject());
                yield from + " invites you into the coalition" + (c == null ? "" : " against " + w.name(c.target));
            }
        };
    }

    /** What accepting commits the receiver to, in plain words. */
    static String terms(World w, Proposal p) {
        String from = w.name(p.from());
        return switch (p.kind()) {
            case ALLIANCE -> "A mutual defence pact: if either of you is attacked, the other is called to arms. "
                    + wars(w, p.from()) + " Allies fear each other less.";
            case NON_AGGRESSION -> "Neither of you may attack the other while the pact holds; breaking it is an act "
                    + "the whole world remembers.";
            case TRADE -> "Trade between you grows both economies and builds trust; sanctioning " + from
                    + " later would cost you too.";
            case ARMS_CONTROL -> String.format(Locale.ROOT, "Both of you cut military spending by %.2f%% of GDP and "
                    + "fear each other less. Cheating is caught %.0f%% of the time.",
                    100 * w.rules.diplomacy.armsControlSaving, 100 * w.rules.diplomacy.cheatingDetection);
            case PEACE -> peaceTerms(w, p);
            case COALITION_INVITE -> coalitionTerms(w, p);
        };
    }

    private static String wars(World w, int state) {
        List<String> enemies = new ArrayList<>();
        for (War war : w.wars) {
            if (war.involves(state)) {
                war.enemiesOf(state).forEach(e -> enemies.add(w.name(e)));
            }
        }
        return enemies.isEmpty() ? w.name(state) + " is at peace."
                : w.name(state) + " is at war with " + String.join(", ", enemies) + ": you could be drawn in.";
    }

    private static String peaceTerms(World w, Proposal p) {
        War war = w.war(p.subject());
        PeaceTerms t = p.terms();
        if (war == null) {
            return "The war this offer would end is already over.";
        }
        if (t == null || t.isWhitePeace()) {
            return "White peace: the war ends and borders stay as they were before it.";
        }
        List<String> demands = new ArrayList<>();
        if (!t.territories().isEmpty()) {
            demands.add("you cede " + String.join(", ", t.territories().stream().map(id -> territoryName(w, id)).toList()));
        }
        if (t.reparations() > 0) {
            demands.add(String.format(Locale.ROOT, "you pay $%.1f bn in reparations", t.reparations()));
        }
        if (t.demilitarise()) {
            demands.add("you halve your forces");
        }
        if (t.regimeChange()) {
            demands.add("your government is replaced");
        }
        return "The war ends on " + w.name(p.from()) + "'s terms: " + String.join("; ", demands) + ".";
    }

    private static String territoryName(World w, String id) {
        int i = w.indexOf(id);
        return i >= 0 ? w.name(i) : id;
    }

    private static String coalitionTerms(World w, Proposal p) {
        Coalition c = w.coalition(p.subject());
        if (c == null) {
            return "The coalition has broken up.";
        }
        List<String> members = new ArrayList<>();
        for (CoalitionMember m : c.members) {
            members.add(w.name(m.state()));
        }
        return "You would stand with " + String.join(", ", members) + " against " + w.name(c.target) + " (led by "
                + w.name(c.leader) + "): members oppose " + w.name(c.target) + " and may be called to arms if it "
                + "attacks one of them." + (c.why.isBlank() ? "" : " Why it formed: " + c.why);
    }
}
