package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Trust;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

/**
 * Development aid or loans: the recipient grows and likes the donor more (goodwill it remembers as long as it would a
 * grievance), and the donor gains soft power; the debt may sour into a backlash, more likely the larger it is against
 * the recipient's GDP.
 */
public final class DevelopmentAid implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return w.atWar(a, t) ? Sentence.of("reason.atWar", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Rules.Economy r = w.rules.economy;
        Rules.MoveEffects e = w.rules.moveEffects;
        Nation donor = w.nation(a);
        Nation recipient = w.nation(t);
        double amount = e.aidGdpShare * donor.gdp;
        recipient.gdp += amount * e.aidGrowthShare;
        recipient.treasury += amount * e.aidTreasuryShare;
        recipient.debtToDonors += amount;
        donor.softPower = SoftPower.after(w, donor.softPower, r.aidSoftPower);
        // the 1 keeps a state with next to no GDP from dividing by zero
        double backlash = r.debtBacklashChance * Math.min(1, recipient.debtToDonors / Math.max(1, e.backlashDebtShare * recipient.gdp));
        if (w.random.chance("debt backlash", backlash)) {
            w.opinion.add(t, a, -r.aidOpinion * e.backlashOpinionShare);
            Events.all(w, EventKind.DEBT_BACKLASH, t, a, Sentence.of("event.debtBacklash", Events.nameLater(w, t), Events.nameLater(w, a)),
                    Sentence.of("why.debtBacklash", Events.f1Later(recipient.debtToDonors), Events.pctLater(backlash)));
        } else {
            w.opinion.add(t, a, r.aidOpinion);
            // a deed, remembered as long as an aggressive act would be: its goodwill stays in the resting opinion
            Trust.rememberGoodDeed(w, a, t, r.aidOpinion);
            w.trust.set(t, a, Math.min(1, w.trust.get(t, a) + e.aidTrust));
            Events.all(w, EventKind.AID, a, t, Sentence.of("event.aid", Events.nameLater(w, a), Events.f1Later(amount), Events.nameLater(w, t)), null);
        }
    }
}
