package org.balancedrealism.engine.move;

import static org.balancedrealism.engine.move.MoveCategory.DIPLOMATIC;
import static org.balancedrealism.engine.move.MoveCategory.ECONOMIC;
import static org.balancedrealism.engine.move.MoveCategory.MILITARY;

/** Every move of DESIGN §5. Costs (action points, treasury) live in the rules file under the kind's name. */
public enum MoveKind {
    // economic
    INVEST_HOME(ECONOMIC, Target.NONE, "Invest at home", "Raise investment: faster growth, paid from the treasury."),
    TRADE_AGREEMENT(ECONOMIC, Target.OTHER, "Propose trade agreement", "Both grow faster and trust more; war between you costs more."),
    DEVELOPMENT_AID(ECONOMIC, Target.OTHER, "Development aid / loans", "Infrastructure money: the recipient likes you more and aligns; debts may sour later."),
    SANCTION(ECONOMIC, Target.OTHER, "Sanction", "Cut its growth; you pay part of the cost."),
    MULTILATERAL_SANCTION(ECONOMIC, Target.OTHER, "Sanction with partners", "Coordinated sanctions hurt far more than one sender's."),
    LIFT_SANCTIONS(ECONOMIC, Target.OTHER, "Lift sanctions", "End your sanctions against it."),
    SET_BUDGET(ECONOMIC, Target.NONE, "Set military budget", "Choose the share of GDP spent on forces each year (no action point)."),
    // diplomatic
    PROPOSE_ALLIANCE(DIPLOMATIC, Target.OTHER, "Propose alliance", "Mutual defence: allies fear each other less and answer calls to arms."),
    NON_AGGRESSION_PACT(DIPLOMATIC, Target.OTHER, "Propose non-aggression pact", "A promise not to attack: lowers mutual threat."),
    GUARANTEE(DIPLOMATIC, Target.OTHER, "Guarantee independence", "You promise to defend it if attacked."),
    IMPROVE_RELATIONS(DIPLOMATIC, Target.OTHER, "Summit / improve relations", "Less remembered hostility, more trust."),
    ARMS_CONTROL(DIPLOMATIC, Target.OTHER, "Propose arms control", "Both: less offensive capability, less hostility, money saved; cheating may be caught."),
    MEDIATE(DIPLOMATIC, Target.WAR, "Mediate a war", "Try to end a war between others: prestige and soft power if it works."),
    PROPOSE_COALITION(DIPLOMATIC, Target.OTHER, "Propose coalition against", "Lead a balancing coalition against it and invite those who fear it."),
    JOIN_COALITION(DIPLOMATIC, Target.OTHER, "Join coalition against", "Join the coalition that balances against it."),
    LEAVE_COALITION(DIPLOMATIC, Target.OTHER, "Leave coalition against", "Leave the coalition against it."),
    DENOUNCE(DIPLOMATIC, Target.OTHER, "Denounce", "Condemn it in public: its soft power and others' opinion of it fall."),
    CANCEL_TREATY(DIPLOMATIC, Target.OTHER, "Cancel treaties", "End your treaties with it, lawfully, at a cost in trust."),
    CULTURAL_DIPLOMACY(DIPLOMATIC, Target.NONE, "Cultural diplomacy", "Invest in soft power."),
    ULTIMATUM(DIPLOMATIC, Target.OTHER, "Ultimatum", "Demand a territory; backing down costs prestige."),
    UN_RESOLUTION(DIPLOMATIC, Target.OTHER, "UN-style resolution", "Ask the world for a mandate against it: legitimacy for sanctions or intervention."),
    ACCEPT_PROPOSAL(DIPLOMATIC, Target.PROPOSAL, "Accept proposal", "Accept an offer waiting in your inbox."),
    REJECT_PROPOSAL(DIPLOMATIC, Target.PROPOSAL, "Reject proposal", "Turn down an offer waiting in your inbox."),
    // military
    BUILD_UP(MILITARY, Target.NONE, "Build up forces", "More forces now and a higher budget: others will feel it (security dilemma)."),
    DEMOBILISE(MILITARY, Target.NONE, "Demobilise", "Fewer forces and a lower budget: money for growth, less fear around you."),
    DEPLOY_TO_BORDER(MILITARY, Target.OTHER, "Deploy to border", "Deterrence: it fears you more."),
    INVADE(MILITARY, Target.OTHER, "Invade", "Start a war for one of its territories."),
    LIMITED_STRIKE(MILITARY, Target.OTHER, "Limited strike", "Destroy part of its forces without a war."),
    CYBER_OPERATION(MILITARY, Target.OTHER, "Cyber operation", "Damage its economy; may be exposed."),
    HUMANITARIAN_INTERVENTION(MILITARY, Target.OTHER, "Humanitarian intervention", "A war with a mandate: needs a passed resolution."),
    PROXY_AID(MILITARY, Target.OTHER, "Proxy aid", "Arm a state at war without fighting yourself."),
    OFFER_PEACE(MILITARY, Target.OTHER, "Offer peace", "Offer terms to an enemy."),
    ACCEPT_PEACE(MILITARY, Target.OTHER, "Accept peace", "Accept the enemy's peace offer.");

    /** What a move is aimed at. */
    public enum Target { NONE, OTHER, WAR, PROPOSAL }

    private final MoveCategory category;
    private final Target target;
    private final String label;
    private final String description;

    MoveKind(MoveCategory category, Target target, String label, String description) {
        this.category = category;
        this.target = target;
        this.label = label;
        this.description = description;
    }

    public MoveCategory category() {
        return category;
    }

    public Target target() {
        return target;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean needsOtherState() {
        return target == Target.OTHER;
    }
}
