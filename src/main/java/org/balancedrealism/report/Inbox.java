package org.balancedrealism.report;

import org.balancedrealism.text.Texts;
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
        String words = Texts.get("inbox." + (n == 1 ? "one." : "many.") + k.name());
        return title ? Character.toUpperCase(words.charAt(0)) + words.substring(1) + " (" + n + ")" : n + " " + words;
    }

    static String headline(World w, Proposal p) {
        String from = w.name(p.from());
        return switch (p.kind()) {
            case ALLIANCE -> Texts.get("inbox.offers.ALLIANCE", from);
            case NON_AGGRESSION -> Texts.get("inbox.offers.NON_AGGRESSION", from);
            case TRADE -> Texts.get("inbox.offers.TRADE", from);
            case ARMS_CONTROL -> Texts.get("inbox.offers.ARMS_CONTROL", from);
            case PEACE -> {
                War war = w.war(p.subject());
                yield war == null ? Texts.get("inbox.offers.PEACE", from) : Texts.get("inbox.offers.PEACE.in", from, war.name);
            }
            case COALITION_INVITE -> {
                Coalition c = w.coalition(p.subject());
                yield c == null ? Texts.get("inbox.offers.COALITION_INVITE", from)
                        : Texts.get("inbox.offers.COALITION_INVITE.against", from, w.name(c.target));
            }
        };
    }

    /** What accepting commits the receiver to, in plain words. */
    static String terms(World w, Proposal p) {
        String from = w.name(p.from());
        return switch (p.kind()) {
            case ALLIANCE -> Texts.get("inbox.terms.ALLIANCE", wars(w, p.from()));
            case NON_AGGRESSION -> Texts.get("inbox.terms.NON_AGGRESSION");
            case TRADE -> Texts.get("inbox.terms.TRADE", from);
            case ARMS_CONTROL -> Texts.get("inbox.terms.ARMS_CONTROL",
                    String.format(Locale.ROOT, "%.2f", 100 * w.rules.diplomacy.armsControlSaving),
                    String.format(Locale.ROOT, "%.0f", 100 * w.rules.diplomacy.cheatingDetection));
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
        return enemies.isEmpty() ? Texts.get("inbox.atPeace", w.name(state))
                : Texts.get("inbox.atWar", w.name(state), String.join(", ", enemies));
    }

    private static String peaceTerms(World w, Proposal p) {
        War war = w.war(p.subject());
        PeaceTerms t = p.terms();
        if (war == null) {
            return Texts.get("inbox.peace.over");
        }
        if (t == null || t.isWhitePeace()) {
            return Texts.get("inbox.peace.white");
        }
        List<String> demands = new ArrayList<>();
        if (!t.territories().isEmpty()) {
            demands.add(Texts.get("inbox.peace.cede", String.join(", ", t.territories().stream().map(id -> territoryName(w, id)).toList())));
        }
        if (t.reparations() > 0) {
            demands.add(Texts.get("inbox.peace.reparations", String.format(Locale.ROOT, "%.1f", t.reparations())));
        }
        if (t.demilitarise()) {
            demands.add(Texts.get("inbox.peace.demilitarise"));
        }
        if (t.regimeChange()) {
            demands.add(Texts.get("inbox.peace.regimeChange"));
        }
        return Texts.get("inbox.peace.terms", w.name(p.from()), String.join(Texts.get("ai.why.separator"), demands));
    }

    private static String territoryName(World w, String id) {
        int i = w.indexOf(id);
        return i >= 0 ? w.name(i) : id;
    }

    private static String coalitionTerms(World w, Proposal p) {
        Coalition c = w.coalition(p.subject());
        if (c == null) {
            return Texts.get("inbox.coalition.gone");
        }
        List<String> members = new ArrayList<>();
        for (CoalitionMember m : c.members) {
            members.add(w.name(m.state()));
        }
        return Texts.get("inbox.coalition.terms", String.join(", ", members), w.name(c.target), w.name(c.leader))
                + (c.why.isBlank() ? "" : " " + Texts.get("inbox.coalition.why", c.why));
    }
}
