package org.balancedrealism.engine.move;

import org.balancedrealism.engine.move.kinds.AcceptPeace;
import org.balancedrealism.engine.move.kinds.AcceptProposal;
import org.balancedrealism.engine.move.kinds.ArmsControl;
import org.balancedrealism.engine.move.kinds.BuildUp;
import org.balancedrealism.engine.move.kinds.CancelTreaty;
import org.balancedrealism.engine.move.kinds.CulturalDiplomacy;
import org.balancedrealism.engine.move.kinds.CyberOperation;
import org.balancedrealism.engine.move.kinds.Demobilise;
import org.balancedrealism.engine.move.kinds.Denounce;
import org.balancedrealism.engine.move.kinds.DeployToBorder;
import org.balancedrealism.engine.move.kinds.DevelopmentAid;
import org.balancedrealism.engine.move.kinds.Guarantee;
import org.balancedrealism.engine.move.kinds.HumanitarianIntervention;
import org.balancedrealism.engine.move.kinds.ImproveRelations;
import org.balancedrealism.engine.move.kinds.Invade;
import org.balancedrealism.engine.move.kinds.InvestHome;
import org.balancedrealism.engine.move.kinds.JoinCoalition;
import org.balancedrealism.engine.move.kinds.LeaveCoalition;
import org.balancedrealism.engine.move.kinds.LiftSanctions;
import org.balancedrealism.engine.move.kinds.LimitedStrike;
import org.balancedrealism.engine.move.kinds.Mediate;
import org.balancedrealism.engine.move.kinds.MultilateralSanction;
import org.balancedrealism.engine.move.kinds.NonAggressionPact;
import org.balancedrealism.engine.move.kinds.OfferPeace;
import org.balancedrealism.engine.move.kinds.ProposeAlliance;
import org.balancedrealism.engine.move.kinds.ProposeCoalition;
import org.balancedrealism.engine.move.kinds.ProxyAid;
import org.balancedrealism.engine.move.kinds.RejectProposal;
import org.balancedrealism.engine.move.kinds.Sanction;
import org.balancedrealism.engine.move.kinds.SetBudget;
import org.balancedrealism.engine.move.kinds.TradeAgreement;
import org.balancedrealism.engine.move.kinds.Ultimatum;
import org.balancedrealism.engine.move.kinds.UnResolution;
import org.balancedrealism.model.World;
import org.balancedrealism.text.Texts;

import static org.balancedrealism.engine.move.MoveCategory.DIPLOMATIC;
import static org.balancedrealism.engine.move.MoveCategory.ECONOMIC;
import static org.balancedrealism.engine.move.MoveCategory.MILITARY;

/**
 * Every move of DESIGN §5, as orders and saves name it, with its label and tab; each kind's rules are one class of
 * engine.move.kinds ({@link #rule()}). Costs (action points, treasury) live in the rules file under the kind's name,
 * the figures of its effects under {@code moveEffects}.
 */
public enum MoveKind {
    // economic
    INVEST_HOME(ECONOMIC, Target.NONE, "Invest at home", "Raise investment: faster growth, paid from the treasury.", new InvestHome()),
    TRADE_AGREEMENT(ECONOMIC, Target.OTHER, "Propose trade agreement", "Both grow faster and trust more; war between you costs more.", new TradeAgreement()),
    DEVELOPMENT_AID(ECONOMIC, Target.OTHER, "Development aid / loans", "Infrastructure money: the recipient likes you more and aligns; debts may sour later.", new DevelopmentAid()),
    SANCTION(ECONOMIC, Target.OTHER, "Sanction", "Cut its growth; you pay part of the cost.", new Sanction()),
    MULTILATERAL_SANCTION(ECONOMIC, Target.OTHER, "Sanction with partners", "Coordinated sanctions hurt far more than one sender's.", new MultilateralSanction()),
    LIFT_SANCTIONS(ECONOMIC, Target.OTHER, "Lift sanctions", "End your sanctions against it.", new LiftSanctions()),
    SET_BUDGET(ECONOMIC, Target.NONE, "Set military budget", "Choose the share of GDP spent on forces each year (no action point).", new SetBudget()),
    // diplomatic
    PROPOSE_ALLIANCE(DIPLOMATIC, Target.OTHER, "Propose alliance", "Mutual defence: allies fear each other less and answer calls to arms.", new ProposeAlliance()),
    NON_AGGRESSION_PACT(DIPLOMATIC, Target.OTHER, "Propose non-aggression pact", "A promise not to attack: lowers mutual threat.", new NonAggressionPact()),
    GUARANTEE(DIPLOMATIC, Target.OTHER, "Guarantee independence", "You promise to defend it if attacked.", new Guarantee()),
    IMPROVE_RELATIONS(DIPLOMATIC, Target.OTHER, "Summit / improve relations", "Less remembered hostility, more trust.", new ImproveRelations()),
    ARMS_CONTROL(DIPLOMATIC, Target.OTHER, "Propose arms control", "Both: less offensive capability, less hostility, money saved; cheating may be caught.", new ArmsControl()),
    MEDIATE(DIPLOMATIC, Target.WAR, "Mediate a war", "Try to end a war between others: prestige and soft power if it works.", new Mediate()),
    PROPOSE_COALITION(DIPLOMATIC, Target.OTHER, "Propose coalition against", "Lead a balancing coalition against it and invite those who fear it.", new ProposeCoalition()),
    JOIN_COALITION(DIPLOMATIC, Target.OTHER, "Join coalition against", "Join the coalition that balances against it.", new JoinCoalition()),
    LEAVE_COALITION(DIPLOMATIC, Target.OTHER, "Leave coalition against", "Leave the coalition against it.", new LeaveCoalition()),
    DENOUNCE(DIPLOMATIC, Target.OTHER, "Denounce", "Condemn it in public: its soft power and others' opinion of it fall.", new Denounce()),
    CANCEL_TREATY(DIPLOMATIC, Target.OTHER, "Cancel treaties", "End your treaties with it, lawfully, at a cost in trust.", new CancelTreaty()),
    CULTURAL_DIPLOMACY(DIPLOMATIC, Target.NONE, "Cultural diplomacy", "Invest in soft power.", new CulturalDiplomacy()),
    ULTIMATUM(DIPLOMATIC, Target.OTHER, "Ultimatum", "Demand a territory; backing down costs prestige.", new Ultimatum()),
    UN_RESOLUTION(DIPLOMATIC, Target.OTHER, "UN-style resolution", "Ask the world for a mandate against it: legitimacy for sanctions or intervention.", new UnResolution()),
    ACCEPT_PROPOSAL(DIPLOMATIC, Target.PROPOSAL, "Accept proposal", "Accept an offer waiting in your inbox.", new AcceptProposal()),
    REJECT_PROPOSAL(DIPLOMATIC, Target.PROPOSAL, "Reject proposal", "Turn down an offer waiting in your inbox.", new RejectProposal()),
    // military
    BUILD_UP(MILITARY, Target.NONE, "Build up forces", "More forces now and a higher budget: others will feel it (security dilemma).", new BuildUp()),
    DEMOBILISE(MILITARY, Target.NONE, "Demobilise", "Fewer forces and a lower budget: money for growth, less fear around you.", new Demobilise()),
    DEPLOY_TO_BORDER(MILITARY, Target.OTHER, "Deploy to border", "Deterrence: it fears you more.", new DeployToBorder()),
    INVADE(MILITARY, Target.OTHER, "Invade", "Start a war for one of its territories.", new Invade()),
    LIMITED_STRIKE(MILITARY, Target.OTHER, "Limited strike", "Destroy part of its forces without a war.", new LimitedStrike()),
    CYBER_OPERATION(MILITARY, Target.OTHER, "Cyber operation", "Damage its economy; may be exposed.", new CyberOperation()),
    HUMANITARIAN_INTERVENTION(MILITARY, Target.OTHER, "Humanitarian intervention", "A war with a mandate: needs a passed resolution.", new HumanitarianIntervention()),
    PROXY_AID(MILITARY, Target.OTHER, "Proxy aid", "Arm a state at war without fighting yourself.", new ProxyAid()),
    OFFER_PEACE(MILITARY, Target.OTHER, "Offer peace", "Offer terms to an enemy.", new OfferPeace()),
    ACCEPT_PEACE(MILITARY, Target.OTHER, "Accept peace", "Accept the enemy's peace offer.", new AcceptPeace());

    /** What a move is aimed at. */
    public enum Target { NONE, OTHER, WAR, PROPOSAL }

    private final MoveCategory category;
    private final Target target;
    private final String label;
    private final String description;
    private final MoveRule rule;

    MoveKind(MoveCategory category, Target target, String label, String description, MoveRule rule) {
        this.category = category;
        this.target = target;
        this.label = label;
        this.description = description;
        this.rule = rule;
    }

    /** The rules of this kind: check, apply, how it is offered. */
    public MoveRule rule() {
        return rule;
    }

    /**
     * This kind by state {@code a} toward state {@code i}, with its default aim (an invasion's and an ultimatum's is
     * the homeland), as the move list offers it; null when it makes no sense toward {@code i}.
     */
    public Move offer(World w, int a, int i) {
        return rule.offer(w, this, a, i);
    }

    public MoveCategory category() {
        return category;
    }

    public Target target() {
        return target;
    }

    /** Its name in the player's language ({@code move.<KIND>.name}); the English here when a bundle lacks it. */
    public String label() {
        String key = "move." + name() + ".name";
        return Texts.getOr(key, label);
    }

    /**
     * Its English name, for the sentences the engine and the AI still write in English (events, reasons, the AI's
     * narratives, the debrief): a French name inside an English sentence would read worse than either.
     */
    public String englishLabel() {
        return label;
    }

    /** What it does, in the player's language ({@code move.<KIND>.description}). */
    public String description() {
        String key = "move." + name() + ".description";
        return Texts.getOr(key, description);
    }

    public boolean needsOtherState() {
        return target == Target.OTHER;
    }
}
