package org.balancedrealism.model.rules;

import java.util.LinkedHashMap;

/**
 * Every tunable number of the rules (DESIGN.md), loaded from {@code assets/rules/*.json}. Numbers start as NaN so the
 * loader can tell a missing figure from a given one; each has a {@link Range}. Yearly rates are scaled by the turn
 * length where they are used.
 */
public final class Rules {
    public String id;
    public Growth growth = new Growth();
    public Power power = new Power();
    public Threat threat = new Threat();
    public Hostility hostility = new Hostility();
    public Alignment alignment = new Alignment();
    public CoalitionRules coalition = new CoalitionRules();
    public WarRules war = new WarRules();
    public Diplomacy diplomacy = new Diplomacy();
    public Economy economy = new Economy();
    public Score score = new Score();
    public Bounds bounds = new Bounds();
    public Alerts alerts = new Alerts();
    public Ai ai = new Ai();
    public NonState events = new NonState();
    /** What a state starts with when its scenario does not say. */
    public StartDefaults start = new StartDefaults();
    /** What each non-state event does where it strikes (engine.phase.EventsPhase). */
    public EventEffects eventEffects = new EventEffects();
    /** The figures of each move kind's effects (engine.move.kinds), beyond the shared ones above. */
    public MoveEffects moveEffects = new MoveEffects();
    // the keyed tables are declared as hash maps (file order kept) so that Gson fills hash maps, not its tree maps:
    // they are looked up during every turn
    /** Action points and cost of each move kind, keyed by the move kind's name. */
    public LinkedHashMap<String, MoveCost> moves = new LinkedHashMap<>();
    /** AI doctrines keyed by id ("balanced-realist", …). */
    public LinkedHashMap<String, Doctrine> doctrines = new LinkedHashMap<>();
    /** What each move kind is worth to an AI per unit of its situation (ai.MoveValues), keyed by the move kind's name. */
    public LinkedHashMap<String, MoveValue> aiValues = new LinkedHashMap<>();
    /** Named adjustments of those values by alignment, doctrine and situation (ai.MoveValues), and AI thresholds. */
    public AiModifiers aiModifiers = new AiModifiers();
    /** How an AI state sets its military budget (ai.Budgeting): the peace dividend, armies home, mobilisation. */
    public AiBudget aiBudget = new AiBudget();

    public static final class Growth {
        /** Stability a state at peace recovers toward. */
        @Range(min = 0, max = 100) public double restingStability = Double.NaN;
        /** Stability a sanctioned state loses each turn. */
        @Range(min = 0, max = 100) public double sanctionedStability = Double.NaN;
        @Range(min = -0.1, max = 0.2) public double base = Double.NaN;
        @Range(min = 0, max = 0.2) public double catchUp = Double.NaN;
        /** GDP per person ($ thousand) at the technology frontier. */
        @Range(min = 1, max = 500) public double frontierGdpPerCapita = Double.NaN;
        @Range(min = 0, max = 1) public double investEffect = Double.NaN;
        @Range(min = 0, max = 0.5) public double milexFreeShare = Double.NaN;
        @Range(min = 0, max = 2) public double milexPenalty = Double.NaN;
        /** Growth per trade agreement, per year. */
        @Range(min = 0, max = 0.05) public double tradePerAgreement = Double.NaN;
        @Range(min = 0, max = 0.1) public double tradeCap = Double.NaN;
        @Range(min = 0, max = 0.5) public double warDragAbroad = Double.NaN;
        @Range(min = 0, max = 0.5) public double warDragHome = Double.NaN;
        @Range(min = -0.05, max = 0.1) public double population = Double.NaN;
        /** The steepest yearly fall of GDP the growth formula allows (war, sanctions and crises together). */
        @Range(min = -1, max = 0) public double minGrowth = Double.NaN;
        /** Yearly depreciation of the military stock (M ← (1 − d)·M + milex). */
        @Range(min = 0, max = 0.5) public double militaryDepreciation = Double.NaN;
        /** Share of GDP per year that flows into the treasury for moves. */
        @Range(min = 0, max = 0.2) public double treasuryRate = Double.NaN;
        /** Stability regained per year toward 70 when at peace. */
        @Range(min = 0, max = 50) public double stabilityRecovery = Double.NaN;
    }

    public static final class Power {
        @Range(min = 0, max = 1) public double latentGdpWeight = Double.NaN;
        @Range(min = 0, max = 1) public double compositeLatentWeight = Double.NaN;
        /** Share of world power a state needs to be a great power (4 action points). */
        @Range(min = 0, max = 1) public double greatPowerShare = Double.NaN;
        @Range(min = 1, max = 10) public double actionPoints = Double.NaN;
        @Range(min = 1, max = 10) public double greatPowerActionPoints = Double.NaN;
    }

    public static final class Threat {
        @Range(min = 0, max = 1) public double allyFactor = Double.NaN;
        @Range(min = 0, max = 1) public double threatened = Double.NaN;
        @Range(min = 0, max = 1) public double acute = Double.NaN;
        @Range(min = 0, max = 10) public double defenceWeight = Double.NaN;
        @Range(min = 0, max = 1) public double nuclearOffenceCap = Double.NaN;
        @Range(min = 0, max = 3) public double nuclearCapLevel = Double.NaN;
        /**
         * Intentions I = floor + (1 − floor)·(1 − e^−x), x = max(0, H / scale − trustWeight·trust), then times
         * (1 − opinionWeight·opinion/100): with nothing remembered a state sits at its doctrine's floor, friends below it.
         */
        @Range(min = 0.1, max = 1000) public double intentionScale = Double.NaN;
        @Range(min = 0, max = 10) public double trustWeight = Double.NaN;
        @Range(min = 0, max = 1) public double opinionWeight = Double.NaN;
        /** An ally's discount fades with the hostility it writes: factor + (1 − factor)·(1 − e^(−H / allyFadeScale)). */
        @Range(min = 0.1, max = 1000) public double allyFadeScale = Double.NaN;
        /**
         * Extended deterrence: a state feels this share of the threat its allies and protégés feel, times how well it
         * can reach them (its own loss-of-strength gradient to them).
         */
        @Range(min = 0, max = 1) public double protectorShare = Double.NaN;
        /** Intention floor for states without a doctrine (human seats). */
        @Range(min = 0, max = 1) public double defaultIntentionFloor = Double.NaN;
    }

    public static final class Hostility {
        /** An act at least this severe marks its author an aggressor (allies stop counting for it in the κ test). */
        @Range(min = 0, max = 200) public double aggressionSeverity = Double.NaN;
        /** Turns a state stays a "recent aggressor"; answers to it (sanctions, coalition acts) write only answerFactor. */
        @Range(min = 0, max = 100) public double answerTurns = Double.NaN;
        @Range(min = 0, max = 1) public double answerFactor = Double.NaN;
        /** Democratic publics' opinion falls this many times more for an act than autocracies' (norms of conduct). */
        @Range(min = 0, max = 10) public double democracyDisapproval = Double.NaN;
        @Range(min = 0, max = 1) public double yearlyRetention = Double.NaN;
        @Range(min = 0, max = 200) public double unprovokedWar = Double.NaN;
        @Range(min = 0, max = 200) public double annexationBase = Double.NaN;
        @Range(min = 0, max = 200) public double annexationPerPopulationShare = Double.NaN;
        @Range(min = 0, max = 200) public double regimeChange = Double.NaN;
        @Range(min = 0, max = 200) public double puppet = Double.NaN;
        @Range(min = 0, max = 200) public double treatyBreach = Double.NaN;
        @Range(min = 0, max = 200) public double cyberExposed = Double.NaN;
        @Range(min = 0, max = 200) public double armsRace = Double.NaN;
        @Range(min = 0, max = 200) public double borderDeployment = Double.NaN;
        @Range(min = 0, max = 200) public double sanctions = Double.NaN;
        @Range(min = 0, max = 200) public double limitedStrike = Double.NaN;
        @Range(min = 0, max = 200) public double ultimatum = Double.NaN;
        @Range(min = 0, max = 2) public double relevanceVictim = Double.NaN;
        @Range(min = 0, max = 2) public double relevanceNeighbourOrAlly = Double.NaN;
        @Range(min = 0, max = 2) public double relevanceSameRegion = Double.NaN;
        @Range(min = 0, max = 2) public double relevanceElsewhere = Double.NaN;
        @Range(min = 1, max = 5) public double resemblanceFactor = Double.NaN;
        @Range(min = 0, max = 1) public double actorAllyFactor = Double.NaN;
        /** Build-up beyond this multiple of own security need counts as an arms race. */
        @Range(min = 1, max = 10) public double armsRaceNeedMultiple = Double.NaN;
        /** Opinion lost by an observer per point of hostility written. */
        @Range(min = 0, max = 5) public double opinionPerHostility = Double.NaN;
    }

    public static final class Alignment {
        @Range(min = 0, max = 1) public double bandwagonLatentRatio = Double.NaN;
        @Range(min = 0, max = 1) public double bandwagonProximity = Double.NaN;
        @Range(min = 0, max = 2) public double bandwagonHelpShare = Double.NaN;
        @Range(min = 0, max = 1) public double bandwagonWarWinChance = Double.NaN;
        @Range(min = 0, max = 20) public double parityYears = Double.NaN;
        @Range(min = 0, max = 0.5) public double parityMaxMilexShare = Double.NaN;
        /** A nearer state already balancing the giant with at least this share of the giant's projected power lets one pass the buck. */
        @Range(min = 0, max = 2) public double buckPassShare = Double.NaN;
    }

    public static final class CoalitionRules {
        /** 1 = balancing (coalitions and the many's embargo on an invader) works (the theory); 0 = switched off, for the claim that balancing prevents hegemony. */
        @Range(min = 0, max = 1) public double balancing = Double.NaN;
        /** A member leaves when a partner's threat (before the alliance discount) exceeds the target's by this margin… */
        @Range(min = 0, max = 1) public double leaveMargin = Double.NaN;
        /** …or when its join test stays below −leaveMargin for this many turns in a row. */
        @Range(min = 1, max = 50) public double leaveTurns = Double.NaN;
        /** After a coalition against a state ends, a new one needs new acts or this many turns. */
        @Range(min = 0, max = 100) public double reformTurns = Double.NaN;
        /** A coalition forms only against a state that committed an act within this many turns (it answers acts). */
        @Range(min = 1, max = 100) public double actTurns = Double.NaN;
        @Range(min = 1, max = 10) public double minMembers = Double.NaN;
        @Range(min = 0, max = 10) public double kappa = Double.NaN;
        /** Founders must remember at least this much hostility of the target (a coalition answers acts, not mere size). */
        @Range(min = 0, max = 1000) public double minHostility = Double.NaN;
        @Range(min = 0, max = 1) public double dissolveThreat = Double.NaN;
        @Range(min = 1, max = 50) public double dissolveTurns = Double.NaN;
        @Range(min = 0, max = 1) public double callBase = Double.NaN;
        @Range(min = 0, max = 2) public double callConstant = Double.NaN;
        @Range(min = 0, max = 5) public double callPerThreat = Double.NaN;
        /** Join test weights: T·deterrence − burden − entrapment − lost trade. */
        @Range(min = 0, max = 5) public double burdenWeight = Double.NaN;
        @Range(min = 0, max = 5) public double entrapmentWeight = Double.NaN;
        @Range(min = 0, max = 5) public double lostTradeWeight = Double.NaN;
        /** The join test's terms before their weights: the burden of membership, the entrapment risk against an equal target. */
        @Range(min = 0, max = 1) public double burdenBase = Double.NaN;
        @Range(min = 0, max = 1) public double entrapmentBase = Double.NaN;
        /** Lost trade: for a trade agreement with the target, and per 100 points of good opinion of it. */
        @Range(min = 0, max = 1) public double lostTradeTreaty = Double.NaN;
        @Range(min = 0, max = 1) public double lostTradeOpinion = Double.NaN;
        /** Highest coalition risk a preview shows short of a coalition that would form (none is certain until it does). */
        @Range(min = 0, max = 1) public double maxRisk = Double.NaN;
        /** A member projecting less than this share of the target's power gives sanctions and money, not troops. */
        @Range(min = 0, max = 1) public double troopsMinShare = Double.NaN;
    }

    public static final class WarRules {
        /** Opinion a defender loses of a partner that does not answer its call to arms. */
        @Range(min = 0, max = 100) public double unansweredCallOpinion = Double.NaN;
        /** Reparations a winning defender takes, as a share of what the same score would buy an attacker. */
        @Range(min = 0, max = 1) public double defenderReparationsShare = Double.NaN;
        /** A loser pays reparations from its treasury and up to this share of its GDP. */
        @Range(min = 0, max = 1) public double reparationsGdpShare = Double.NaN;
        /** Share of its forces a demilitarised loser keeps. */
        @Range(min = 0, max = 1) public double demilitarisedForces = Double.NaN;
        /** Prestige a winning attacker and a winning defender gain, and the loser loses. */
        @Range(min = 0, max = 100) public double attackerVictoryPrestige = Double.NaN;
        @Range(min = 0, max = 100) public double defenderVictoryPrestige = Double.NaN;
        @Range(min = 0, max = 100) public double defeatPrestige = Double.NaN;
        /** Share of its war weariness each side keeps at peace. */
        @Range(min = 0, max = 1) public double wearinessAfterPeace = Double.NaN;
        /** Share of an annexed territory's GDP the new owner gains (the rest is lost in the change). */
        @Range(min = 0, max = 1) public double annexedGdpKept = Double.NaN;
        /** Occupation: years a conquered people resists; weariness per year per share of the occupier's people held. */
        @Range(min = 0, max = 50) public double occupationYears = Double.NaN;
        @Range(min = 0, max = 500) public double occupationWeariness = Double.NaN;
        /** Opinion every other state loses of an occupier each year of the occupation. */
        @Range(min = 0, max = 50) public double occupationOpinion = Double.NaN;
        /** A side ahead by this war score presses for its aims and refuses white peace. */
        @Range(min = 0, max = 100) public double pressScore = Double.NaN;
        /** War score of slack with which a losing side accepts terms that cost more than it has lost. */
        @Range(min = 0, max = 100) public double peaceSlack = Double.NaN;
        /** Share of its weariness tolerance past which a side accepts any peace. */
        @Range(min = 0, max = 1) public double exhaustedShare = Double.NaN;
        @Range(min = 0.5, max = 5) public double exponent = Double.NaN;
        @Range(min = 1, max = 5) public double defenderBonus = Double.NaN;
        @Range(min = 0, max = 100) public double scorePerTurn = Double.NaN;
        @Range(min = 0, max = 50) public double scoreNoise = Double.NaN;
        @Range(min = 0, max = 1) public double lossMin = Double.NaN;
        @Range(min = 0, max = 1) public double lossMax = Double.NaN;
        /** Share of its forces a state commits to a war (the rest guards elsewhere). */
        @Range(min = 0, max = 1) public double commitment = Double.NaN;
        @Range(min = 0, max = 500) public double toleranceDemocracy = Double.NaN;
        @Range(min = 0, max = 500) public double toleranceHybrid = Double.NaN;
        @Range(min = 0, max = 500) public double toleranceAutocracy = Double.NaN;
        @Range(min = 0, max = 5) public double nationalismTolerance = Double.NaN;
        @Range(min = 1, max = 5) public double existentialTolerance = Double.NaN;
        /** Weariness per share of forces lost, and per share of GDP lost. */
        @Range(min = 0, max = 2000) public double wearinessPerLoss = Double.NaN;
        @Range(min = 0, max = 2000) public double wearinessPerGdpLoss = Double.NaN;
        /** Weariness per year of occupation or war at all. */
        @Range(min = 0, max = 200) public double wearinessPerYear = Double.NaN;
        @Range(min = 0, max = 1) public double wearinessRecovery = Double.NaN;
        /** War score a territory costs in a peace; the homeland costs more. */
        @Range(min = 0, max = 100) public double territoryCost = Double.NaN;
        @Range(min = 0, max = 100) public double homelandCost = Double.NaN;
        @Range(min = 0, max = 100) public double regimeChangeCost = Double.NaN;
        @Range(min = 0, max = 100) public double demilitariseCost = Double.NaN;
        /** Reparations per point of war score left, as a share of the loser's GDP. */
        @Range(min = 0, max = 0.1) public double reparationsPerPoint = Double.NaN;
        /** Stability lost per year at war. */
        @Range(min = 0, max = 200) public double stabilityPerYear = Double.NaN;
    }

    public static final class Diplomacy {
        /** An AI accepts a non-aggression pact at this much less opinion than an alliance needs. */
        @Range(min = 0, max = 200) public double pactOpinionMargin = Double.NaN;
        /** Opinion of the proposer below which an AI refuses trade. */
        @Range(min = -100, max = 100) public double tradeMinOpinion = Double.NaN;
        /** An AI accepts arms control when threatened at this share of the threatened level (or when it likes the proposer, or both hold a deterrent: engine.Reactions.mutualDeterrence)... */
        @Range(min = 0, max = 1) public double armsControlThreatShare = Double.NaN;
        /** ...unless its doctrine's intention floor is this high (it assumes the worst of everyone). */
        @Range(min = 0, max = 1) public double armsControlMaxIntentionFloor = Double.NaN;
        /** A vote condemns when the voter's opinion of the accuser exceeds its opinion of the accused by this much. */
        @Range(min = 0, max = 200) public double condemnMargin = Double.NaN;
        /** A trading partner whose latent power is this many times one's own is one to depend on (no sanctions). */
        @Range(min = 1, max = 100) public double dependenceRatio = Double.NaN;
        /** Turns of peace after which sanctions that answered aggression are lifted. */
        @Range(min = 1, max = 200) public double sanctionLiftTurns = Double.NaN;
        @Range(min = 0, max = 100) public double summitOpinion = Double.NaN;
        @Range(min = 0, max = 100) public double summitHostilityRelief = Double.NaN;
        @Range(min = 0, max = 1) public double summitTrust = Double.NaN;
        @Range(min = 0, max = 1) public double armsControlOffence = Double.NaN;
        @Range(min = 0, max = 50) public double armsControlHostilityRelief = Double.NaN;
        @Range(min = 0, max = 0.05) public double armsControlSaving = Double.NaN;
        @Range(min = 0, max = 1) public double cheatingDetection = Double.NaN;
        @Range(min = 0, max = 50) public double culturalSoftPower = Double.NaN;
        @Range(min = 0, max = 100) public double ultimatumPrestige = Double.NaN;
        @Range(min = 0, max = 1) public double resolutionMajority = Double.NaN;
        @Range(min = 0, max = 50) public double resolutionTurns = Double.NaN;
        @Range(min = 0, max = 100) public double denounceOpinion = Double.NaN;
        @Range(min = 0, max = 1) public double mediationSuccess = Double.NaN;
        @Range(min = 0, max = 1) public double trustDemocracies = Double.NaN;
        @Range(min = 0, max = 1) public double trustPerTrade = Double.NaN;
        @Range(min = 0, max = 1) public double trustPerInstitution = Double.NaN;
        @Range(min = 0, max = 1) public double trustPerAlliance = Double.NaN;
        /** Yearly drift of trust toward what ties justify. */
        @Range(min = 0, max = 1) public double opinionDrift = Double.NaN;
        /** Opinion drifts toward its resting value at this share of trust's pace. */
        @Range(min = 0, max = 1) public double opinionDriftShare = Double.NaN;
        /** Points of resting opinion per unit of trust from lasting cooperation (Trust.restingOpinion). */
        @Range(min = 0, max = 500) public double opinionPerTrust = Double.NaN;
        /** Trust a non-aggression pact or an arms-control treaty adds to what ties justify. */
        @Range(min = 0, max = 1) public double trustPerPact = Double.NaN;
        /** Opinion above which an AI accepts an alliance or pact offer. */
        @Range(min = -100, max = 100) public double acceptOpinion = Double.NaN;
        /** Turns an offer to a human player waits in its inbox before it lapses unanswered. */
        @Range(min = 1, max = 50) public double proposalExpiryTurns = Double.NaN;
    }

    public static final class Economy {
        /** Prestige a state loses making concessions to lift sanctions. */
        @Range(min = 0, max = 100) public double concessionPrestige = Double.NaN;
        /** Growth lost per year by the target: one sender, and broad multilateral sanctions. */
        @Range(min = 0, max = 0.2) public double sanctionSingle = Double.NaN;
        @Range(min = 0, max = 0.2) public double sanctionMultilateral = Double.NaN;
        @Range(min = 0, max = 0.2) public double sanctionCap = Double.NaN;
        /** Growth lost per share of world GDP embargoing a state (the many answering an invasion): over 5 points a year. */
        @Range(min = 0, max = 1) public double sanctionEmbargo = Double.NaN;
        /** Share of the harm the sender pays itself. */
        @Range(min = 0, max = 1) public double senderCost = Double.NaN;
        /** Chance per year the target concedes (lifting the sanctions). */
        @Range(min = 0, max = 1) public double concessionChance = Double.NaN;
        @Range(min = 0, max = 0.05) public double investBoost = Double.NaN;
        @Range(min = 0, max = 100) public double aidOpinion = Double.NaN;
        @Range(min = 0, max = 1) public double debtBacklashChance = Double.NaN;
        @Range(min = 0, max = 50) public double aidSoftPower = Double.NaN;
        @Range(min = 0, max = 1) public double buildUpShare = Double.NaN;
        @Range(min = 0, max = 1) public double demobiliseShare = Double.NaN;
        @Range(min = 0, max = 1) public double cyberDamage = Double.NaN;
        @Range(min = 0, max = 1) public double cyberExposure = Double.NaN;
        @Range(min = 0, max = 1) public double strikeDamage = Double.NaN;
        @Range(min = 0, max = 1) public double proxyShare = Double.NaN;
    }

    /**
     * The documented range of every figure (DESIGN §2), enforced by the engine after each turn (engine.Bounds):
     * opinion −100…100, trust 0…1, soft power and stability 0…100, nationalism 0…1 are the design's; the others keep
     * long games finite. Money and forces are bounded relative to the state's own economy.
     */
    public static final class Bounds {
        @Range(min = -1000, max = 0) public double opinionMin = Double.NaN;
        @Range(min = 0, max = 1000) public double opinionMax = Double.NaN;
        /** Remembered hostility H (DESIGN §4.2), points. */
        @Range(min = 1, max = 100000) public double hostilityMax = Double.NaN;
        @Range(min = 1, max = 1000) public double softPowerMax = Double.NaN;
        @Range(min = 1, max = 1000) public double stabilityMax = Double.NaN;
        @Range(min = 1, max = 100) public double nationalismMax = Double.NaN;
        @Range(min = 1, max = 100000) public double warWearinessMax = Double.NaN;
        @Range(min = 1, max = 100000) public double prestigeMax = Double.NaN;
        /** Smallest economy a living state keeps, $bn. */
        @Range(min = 0, max = 10) public double gdpMin = Double.NaN;
        /** GDP per head, $k, no state may exceed (the growth formula's frontier is 80). */
        @Range(min = 1, max = 100000) public double gdpPerCapitaMax = Double.NaN;
        /** Population of one state, millions. */
        @Range(min = 1, max = 1000000) public double populationMax = Double.NaN;
        /** Force stock as a multiple of GDP (all of GDP on arms for 1/depreciation years gives about 14). */
        @Range(min = 0.1, max = 1000) public double militaryPerGdpMax = Double.NaN;
        /** Treasury as a multiple of GDP: savings up to the maximum, debt down to minus the minimum. */
        @Range(min = 0, max = 1000) public double treasuryPerGdpMax = Double.NaN;
        @Range(min = 0, max = 1000) public double debtPerGdpMax = Double.NaN;
        /** Debt to donors (development aid taken) as a multiple of GDP. */
        @Range(min = 0, max = 1000) public double donorDebtPerGdpMax = Double.NaN;
        /** Turns of per-turn figures (charts) kept in full; older turns keep one in {@link #historyOlderStride}. */
        @Range(min = 10, max = 100000) public double historyFullTurns = Double.NaN;
        @Range(min = 1, max = 1000) public double historyOlderStride = Double.NaN;
        /** Events the log keeps at most; the oldest leave first (hostility is remembered elsewhere, DESIGN §4.2). */
        @Range(min = 100, max = 10000000) public double logMax = Double.NaN;
    }

    public static final class Score {
        /** Security counts territory held against territory at the start, up to this many times as much. */
        @Range(min = 1, max = 10) public double territoryCap = Double.NaN;
        @Range(min = 0, max = 10) public double securityWeight = Double.NaN;
        @Range(min = 0, max = 10) public double powerWeight = Double.NaN;
        @Range(min = 0, max = 10) public double prosperityWeight = Double.NaN;
    }

    /** When the game warns a player (the turn report's alarms, the war strip): danger levels, not rules of play. */
    public static final class Alerts {
        /** Stability (0–100) below which the player is warned. */
        @Range(min = 0, max = 100) public double stabilityDanger = Double.NaN;
        /** The treasury is in danger below this many years of its income (a negative treasury always is). */
        @Range(min = 0, max = 10) public double treasuryDangerYears = Double.NaN;
        /** Share of a war leader's weariness tolerance past which it is warned the game may soon end the war. */
        @Range(min = 0, max = 1) public double warWearinessShare = Double.NaN;
        /** War score (either way, of ±100) past which both leaders are warned that the war may be ended for them. */
        @Range(min = 0, max = 100) public double warScoreWarning = Double.NaN;
        /** A move preview lists the states whose threat changes by at least this much, at most previewThreatsListed of them. */
        @Range(min = 0, max = 1) public double previewThreatChange = Double.NaN;
        @Range(min = 1, max = 200) public double previewThreatsListed = Double.NaN;
    }

    public static final class Ai {
        @Range(min = 0, max = 1) public double temperatureDemocracy = Double.NaN;
        @Range(min = 0, max = 1) public double temperatureHybrid = Double.NaN;
        @Range(min = 0, max = 1) public double temperatureAutocracy = Double.NaN;
        @Range(min = 0, max = 2) public double perceptionNoise = Double.NaN;
        @Range(min = 0, max = 1) public double nationalismOverconfidence = Double.NaN;
        @Range(min = 1, max = 5) public double lossAversion = Double.NaN;
        @Range(min = 1, max = 50) public double candidatesKept = Double.NaN;
        @Range(min = 1, max = 100) public double adaptEveryTurns = Double.NaN;
        @Range(min = 0, max = 1) public double adaptShift = Double.NaN;
        /** No war on a state one fought within this many turns (no repeat attacks on one victim). */
        @Range(min = 0, max = 400) public double repeatWarTurns = Double.NaN;
        /** Hostility remembered of a state that makes it a grievance, a cause a doctrine can name. */
        @Range(min = 0, max = 1000) public double grievanceHostility = Double.NaN;
        /**
         * A grievance worth a war: more than a bystander in the region remembers of one unprovoked war elsewhere
         * (relevanceSameRegion × unprovokedWar), so the victim and old rivals have one and the neighbourhood does not —
         * bystanders answer an aggressor with coalitions, sanctions and calls to arms, not wars of their own.
         */
        @Range(min = 0, max = 1000) public double warGrievanceHostility = Double.NaN;
        /** Prey must hold at least this share of world power (no conquest of micro-states for nothing). */
        @Range(min = 0, max = 1) public double preyMinPower = Double.NaN;
        /** Own forces over the prey's needed to see it as prey. */
        @Range(min = 1, max = 100) public double preyForceRatio = Double.NaN;
        /** Non-democracies at least this nationalist also see weak neighbours as prey. */
        @Range(min = 0, max = 1.01) public double preyNationalism = Double.NaN;
        /** Value of a conquest: gain · √(prize's latent power / own), plus prestige · nationalism. */
        @Range(min = 0, max = 5) public double conquestGain = Double.NaN;
        @Range(min = 0, max = 5) public double conquestPrestige = Double.NaN;
        /** Military budget above which building up is no longer considered (doubled when acutely threatened or at war). */
        @Range(min = 0, max = 0.25) public double maxMilexShare = Double.NaN;
        /** Weight of a rise in coalition risk in the overreach term. */
        @Range(min = 0, max = 10) public double coalitionRiskWeight = Double.NaN;
        /** Guarantees: only states with at least this reach give them; value = security·threat felt + influence − entrapment. */
        @Range(min = 0, max = 10) public double guarantorReach = Double.NaN;
        @Range(min = 0, max = 1) public double guarantorPower = Double.NaN;
        /**
         * A war's costs to the economy and at home grow with its expected length: full after this many turns of
         * fighting (the bargaining logic prices the fight, and a quick war against a far weaker state costs less).
         */
        @Range(min = 0.5, max = 40) public double warCostTurns = Double.NaN;
        /**
         * When a state at war offers peace short of victory: its war score below −settleLosingScore, its weariness
         * above settleWeariness of its tolerance, or after settleTurns of war with a score under settleDrawnScore.
         */
        @Range(min = 0, max = 100) public double settleLosingScore = Double.NaN;
        @Range(min = 0, max = 1) public double settleWeariness = Double.NaN;
        @Range(min = 1, max = 100) public double settleTurns = Double.NaN;
        @Range(min = 0, max = 100) public double settleDrawnScore = Double.NaN;
        /**
         * Utility units per unit of the value terms (each about −1..1 before weighting): sets EU on the scale the
         * softmax temperatures (0.05 competent … 0.3 erratic) are meant for.
         */
        @Range(min = 0.1, max = 100) public double utilityScale = Double.NaN;
        /** Overreach points that count as one unit of utility in the overreach term. */
        @Range(min = 0.1, max = 1000) public double overreachScale = Double.NaN;
        /** Moves a decision previews with the engine's threat and coalition rules (each costs a scratch world). */
        @Range(min = 0, max = 100) public double previewsPerDecision = Double.NaN;
        /** Own forces over a state's needed before a war on it is considered at all (before the doctrine's win chance). */
        @Range(min = 1, max = 100) public double warMinForceRatio = Double.NaN;
        /** Economies above this size ($bn) give development aid to a neighbour. */
        @Range(min = 0, max = 100000) public double aidMinGdp = Double.NaN;
        /** A threat this share of the "threatened" bar already draws an answer to the main threat (relations, arms, allies). */
        @Range(min = 0, max = 1) public double mainThreatShare = Double.NaN;
    }

    /**
     * The value of one move kind to an AI (DESIGN §6.1): each term is this coefficient times the kind's situational
     * scale (ai.MoveValues), about −1..1 before the doctrine's weights.
     */
    public static final class MoveValue {
        @Range(min = -3, max = 3) public double security = Double.NaN;
        @Range(min = -3, max = 3) public double power = Double.NaN;
        @Range(min = -3, max = 3) public double wealth = Double.NaN;
        @Range(min = -3, max = 3) public double influence = Double.NaN;
        @Range(min = -3, max = 3) public double stability = Double.NaN;
        /**
         * What the security term scales with: none | target-threat (threat the target makes it feel) | main-threat |
         * mutual-threat (the lesser of the two threats between it and the target) | aggressor-threat (the threat a
         * recent aggressor makes the target feel) | enemy-threat (the threat the target's enemy in war makes it feel).
         */
        public String securityScale = "none";
        /** 1 = a hostile or military move: previewed with the engine's threat and coalition rules before it is chosen. */
        @Range(min = 0, max = 1) public double preview = Double.NaN;
    }

    /** Named modifiers of the AI's move values and the thresholds of its candidate rules (ai.Candidates and friends). */
    public static final class AiModifiers {
        /** Remembered hostility that counts as a full grievance (terms scaled by H / hostilityScale, capped at 1). */
        @Range(min = 1, max = 1000) public double hostilityScale = Double.NaN;
        /** Cost of a move in utility: per action point, and per share of the treasury it spends. */
        @Range(min = 0, max = 1) public double apCost = Double.NaN;
        @Range(min = 0, max = 5) public double treasuryCost = Double.NaN;
        /** Extra wealth from investing at home when passing the buck or secure. */
        @Range(min = 0, max = 2) public double investWhenSecure = Double.NaN;
        /** Share of the main threat's weight a build-up answers: balancing by allies, and any other alignment. */
        @Range(min = 0, max = 2) public double buildUpAllyStyle = Double.NaN;
        @Range(min = 0, max = 2) public double buildUpOtherStyle = Double.NaN;
        /** Extra wealth of demobilising for a war-weary state. */
        @Range(min = 0, max = 2) public double demobiliseWeary = Double.NaN;
        /** Factor on the security of a summit with its main threat when bandwagoning (appeasement). */
        @Range(min = 0, max = 5) public double appeaseMainThreat = Double.NaN;
        /** Factor on the security of a pact for states that bandwagon or pass the buck. */
        @Range(min = 0, max = 5) public double accommodatingPact = Double.NaN;
        /** Alliance with the main threat itself: security factor unless bandwagoning, influence factor (loss of face). */
        @Range(min = 0, max = 2) public double allianceWithThreat = Double.NaN;
        @Range(min = -2, max = 2) public double allianceWithThreatInfluence = Double.NaN;
        /** Security factor of an alliance against the main threat for states not balancing by allies. */
        @Range(min = 0, max = 2) public double allianceOtherStyle = Double.NaN;
        /** Coalition style factors: balancing by arms, bandwagon / pass the buck, anything else (balance by allies = 1). */
        @Range(min = 0, max = 2) public double coalitionStyleArm = Double.NaN;
        @Range(min = 0, max = 2) public double coalitionStyleAccommodating = Double.NaN;
        @Range(min = 0, max = 2) public double coalitionStyleOther = Double.NaN;
        /** Factor on coalition security for collective-security doctrines. */
        @Range(min = 0, max = 5) public double collectiveSecurity = Double.NaN;
        /** Peace: war score below −this counts as losing; the stability a losing side gains; power factors when losing or drawn. */
        @Range(min = 0, max = 100) public double peaceLosingScore = Double.NaN;
        @Range(min = 0, max = 2) public double peaceLosingStability = Double.NaN;
        @Range(min = -2, max = 2) public double peaceWhenLosing = Double.NaN;
        @Range(min = -2, max = 2) public double peaceWhenDrawn = Double.NaN;
        /** War: power lost if it fails, security cost of fighting, factor on the stability cost for democracies. */
        @Range(min = 0, max = 5) public double invadeDefeatCost = Double.NaN;
        @Range(min = 0, max = 1) public double invadeSecurityCost = Double.NaN;
        /**
         * A war against a state it holds a grievance against answers that grievance (deterrence restored): security
         * worth this much per full grievance, on top of the threat the target poses.
         */
        @Range(min = 0, max = 2) public double warGrievance = Double.NaN;
        @Range(min = 0, max = 5) public double democracyWarCost = Double.NaN;
        /** Doctrines giving power at least this weight use force short of war (strikes, cyber, ultimatums). */
        @Range(min = 0, max = 1) public double coercionPowerWeight = Double.NaN;
        /** Soft power from which a state offers to mediate others' wars (collective-security doctrines always may). */
        @Range(min = 0, max = 100) public double mediatorSoftPower = Double.NaN;
        /** A war is ripe for mediation after this many turns of stalemate that both sides would end in a white peace. */
        @Range(min = 0, max = 400) public double mediationRipeTurns = Double.NaN;
        /** Proxy aid only from states with at least this share of world power (a micro-state's arms change nothing). */
        @Range(min = 0, max = 1) public double proxyMinPower = Double.NaN;
        /** Turns between two arms packages of one state to the same recipient (a package is a budget decision). */
        @Range(min = 0, max = 100) public double proxyAidEveryTurns = Double.NaN;
        /** At most this many partners are asked to join multilateral sanctions. */
        @Range(min = 1, max = 20) public double sanctionPartners = Double.NaN;
        /** No further denunciation once its opinion of the target is this low (it has said it). */
        @Range(min = -100, max = 100) public double denounceOpinionFloor = Double.NaN;
        /** The engine's rule: a target yields to an ultimatum above this win chance of the demanding side. */
        @Range(min = 0, max = 1) public double ultimatumYieldChance = Double.NaN;
    }

    /**
     * The military budget of an AI state (ai.Budgeting, DESIGN §4.3, §5, §6.2). A state at war raises its standing
     * budget toward the pressed ceiling, one under acute threat that balances by arms toward alignment.parityMaxMilexShare;
     * a state whose highest threat has stayed under the "threatened" bar
     * for some turns cuts it to the share the economy carries without drag (growth.milexFreeShare); after a war its
     * armies go home. Whether a move is worth it is the doctrine's weights on aiValues.SET_BUDGET and DEMOBILISE, whose
     * coefficients count per point of GDP moved: wealth per home investment's worth of growth regained (the same 0.35
     * as INVEST_HOME), power per point of forces a year (0.05: an offensive realist, weighing power three times
     * wealth, keeps its forces; every other doctrine cashes a quiet dividend), security per point times the part of
     * the threat above the "threatened" bar that arms answer (1.5: a balanced realist arms once that part, times the
     * threat's offence factor, passes about 0.18).
     */
    public static final class AiBudget {
        /**
         * Turns the highest threat must have stayed under the bar before a state trusts the peace: this times its
         * doctrine's intention floor (how much it assumes the worst of a stranger), rounded up. With 20: a liberal
         * institutionalist (0.15) waits 3 turns, a balanced realist (0.3) 6, a defensive realist (0.5) 10, an offensive
         * realist (0.9) 18.
         */
        @Range(min = 0, max = 400) public double quietTurnsPerFloor = Double.NaN;
        /** Turns after a war ends in which its armies go home (no quiet period needed once the threat is under the bar). */
        @Range(min = 0, max = 100) public double homeTurns = Double.NaN;
        /**
         * The budget ceiling of a state at war or under acute threat, as a multiple of ai.maxMilexShare (build-ups
         * stop there too); a state at war raises its standing budget toward it.
         */
        @Range(min = 1, max = 5) public double pressedMultiple = Double.NaN;
        /** Share of GDP a budget moves in one turn, up or down (a year's budget law is not rewritten every quarter). */
        @Range(min = 0.001, max = 0.25) public double step = Double.NaN;
    }

    /** Yearly chance that each kind of non-state event strikes somewhere in the world. */
    public static final class NonState {
        @Range(min = 0, max = 5) public double terrorism = Double.NaN;
        @Range(min = 0, max = 5) public double pandemic = Double.NaN;
        @Range(min = 0, max = 5) public double cyberIncident = Double.NaN;
        @Range(min = 0, max = 5) public double financialCrisis = Double.NaN;
        @Range(min = 0, max = 5) public double ngoCampaign = Double.NaN;
        /**
         * Border incidents a year world-wide (militarised disputes short of war: clashes, shootings, seizures) between
         * land neighbours that are not allies, the likelier the more they dislike each other; each side remembers
         * {@code borderIncidentHostility} of the other and thinks {@code borderIncidentOpinion} worse of it.
         */
        @Range(min = 0, max = 50) public double borderIncident = Double.NaN;
        @Range(min = 0, max = 50) public double borderIncidentHostility = Double.NaN;
        @Range(min = 0, max = 50) public double borderIncidentOpinion = Double.NaN;
        /** Routine events (summits, build-ups, battles, refusals) stay in the saved log this many turns. */
        @Range(min = 1, max = 1000) public double routineLogTurns = Double.NaN;
    }

    /** What non-state events do, in figures: stability and soft power in points, GDP as the factor it is multiplied by. */
    public static final class EventEffects {
        @Range(min = 0, max = 100) public double terrorismStability = Double.NaN;
        @Range(min = 0, max = 1) public double terrorismNationalism = Double.NaN;
        @Range(min = 0.5, max = 1) public double pandemicGdpFactor = Double.NaN;
        @Range(min = 0, max = 100) public double pandemicStability = Double.NaN;
        @Range(min = 0.5, max = 1) public double cyberIncidentGdpFactor = Double.NaN;
        @Range(min = 0.5, max = 1) public double financialCrisisGdpFactor = Double.NaN;
        @Range(min = 0, max = 100) public double financialCrisisStability = Double.NaN;
        /** Soft power the state with the most overreach loses to an NGO campaign. */
        @Range(min = 0, max = 100) public double ngoCampaignSoftPower = Double.NaN;
    }

    /** What a state starts with when its scenario does not say (engine.WorldFactory). */
    public static final class StartDefaults {
        /** Trust between any two states at the start (democracies add diplomacy.trustDemocracies). */
        @Range(min = 0, max = 1) public double trust = Double.NaN;
        @Range(min = 0, max = 100) public double softPower = Double.NaN;
        @Range(min = 0, max = 100) public double stability = Double.NaN;
        @Range(min = 0, max = 1) public double nationalism = Double.NaN;
        /** Treasury and investment as shares of GDP. */
        @Range(min = 0, max = 1) public double treasuryShare = Double.NaN;
        @Range(min = 0, max = 0.5) public double investShare = Double.NaN;
        /** Reach in hops: the least a state has, plus this much per share of world power, up to the most. */
        @Range(min = 0, max = 10) public double minReach = Double.NaN;
        @Range(min = 0, max = 10) public double maxReach = Double.NaN;
        @Range(min = 0, max = 1000) public double reachPerPowerShare = Double.NaN;
    }

    /** What the moves do, in figures: each move kind's rule class (engine.move.kinds) reads its own here. */
    public static final class MoveEffects {
        /** Investment a state can raise to by investing at home (share of GDP). */
        @Range(min = 0, max = 0.5) public double investCeiling = Double.NaN;
        /** Highest military budget a state may set or build up to (share of GDP). */
        @Range(min = 0, max = 1) public double maxMilexShare = Double.NaN;
        /** How far a build-up raises, and demobilising lowers, the military budget (share of GDP). */
        @Range(min = 0, max = 0.1) public double milexStep = Double.NaN;
        /** Forces ($bn) below which there is nothing left to demobilise. */
        @Range(min = 0, max = 1000) public double demobiliseMinForces = Double.NaN;
        /** Hostility a demobilising state's neighbours forget of it. */
        @Range(min = 0, max = 100) public double demobiliseRelief = Double.NaN;
        /** Opinion the target gains of a state lifting its sanctions, and of a state guaranteeing it. */
        @Range(min = 0, max = 100) public double liftSanctionsOpinion = Double.NaN;
        @Range(min = 0, max = 100) public double guaranteeOpinion = Double.NaN;
        /** Development aid: the donor's GDP share given, the shares the recipient gets as growth and as treasury. */
        @Range(min = 0, max = 0.1) public double aidGdpShare = Double.NaN;
        @Range(min = 0, max = 1) public double aidGrowthShare = Double.NaN;
        @Range(min = 0, max = 1) public double aidTreasuryShare = Double.NaN;
        /** Trust the recipient gains of a donor whose aid is welcome. */
        @Range(min = 0, max = 1) public double aidTrust = Double.NaN;
        /** Backlash is certain (at its chance) once the recipient's debt reaches this share of its GDP. */
        @Range(min = 0.001, max = 1) public double backlashDebtShare = Double.NaN;
        /** Share of the aid's opinion gain lost instead in a debt backlash. */
        @Range(min = 0, max = 1) public double backlashOpinionShare = Double.NaN;
        /** Soft power at which aid and cultural diplomacy add half as much as at zero (diminishing returns). */
        @Range(min = 1, max = 1000) public double softPowerHalfGain = Double.NaN;
        /** Soft power a denounced state loses; the opinion a third state must hold of the denouncer to follow it, and how far it follows. */
        @Range(min = 0, max = 100) public double denounceSoftPower = Double.NaN;
        @Range(min = -100, max = 100) public double denounceFollowerOpinion = Double.NaN;
        @Range(min = 0, max = 1) public double denounceFollowShare = Double.NaN;
        /** Trust and opinion the other side loses when its treaties are cancelled. */
        @Range(min = 0, max = 1) public double cancelTrust = Double.NaN;
        @Range(min = 0, max = 100) public double cancelOpinion = Double.NaN;
        /** Face lost over an ultimatum: prestige × (this + nationalism); the winner gains prestige × ultimatumGainShare. */
        @Range(min = 0, max = 2) public double ultimatumFaceBase = Double.NaN;
        @Range(min = 0, max = 2) public double ultimatumGainShare = Double.NaN;
        /** Soft power a state condemned by a passed resolution loses. */
        @Range(min = 0, max = 100) public double resolutionSoftPower = Double.NaN;
        /** Mediation succeeds with mediationSuccess × (this + soft power / mediationSoftPowerScale). */
        @Range(min = 0, max = 2) public double mediationBase = Double.NaN;
        @Range(min = 1, max = 1000) public double mediationSoftPowerScale = Double.NaN;
        /** Prestige and soft power a successful mediator gains. */
        @Range(min = 0, max = 100) public double mediationPrestige = Double.NaN;
        @Range(min = 0, max = 100) public double mediationSoftPower = Double.NaN;
        /** Prestige a state gains deploying to a border. */
        @Range(min = 0, max = 100) public double deploymentPrestige = Double.NaN;
        /** Distance (hops) within which any state's forces reach a neighbour, whatever its own reach. */
        @Range(min = 0, max = 10) public double neighbourReach = Double.NaN;
        /** Largest share of the target's forces one limited strike can destroy. */
        @Range(min = 0, max = 1) public double strikeMaxShare = Double.NaN;
        /** Share of proxy aid the sender pays from its treasury. */
        @Range(min = 0, max = 1) public double proxyTreasuryShare = Double.NaN;
        /** Hostility written by attacking a state that is itself an attacker, as a share of an unprovoked war's. */
        @Range(min = 0, max = 1) public double counterAttackShare = Double.NaN;
    }

    /** Action points and treasury cost (share of the actor's GDP) of a move kind. */
    public static final class MoveCost {
        @Range(min = 0, max = 10) public double ap = Double.NaN;
        @Range(min = 0, max = 0.5) public double gdpShare = Double.NaN;
    }

    /** An AI doctrine (DESIGN §6.2). */
    public static final class Doctrine {
        public String name;
        @Range(min = 0, max = 1) public double security = Double.NaN;
        @Range(min = 0, max = 1) public double power = Double.NaN;
        @Range(min = 0, max = 1) public double wealth = Double.NaN;
        @Range(min = 0, max = 1) public double influence = Double.NaN;
        @Range(min = 0, max = 1) public double stability = Double.NaN;
        @Range(min = 0, max = 1) public double intentionFloor = Double.NaN;
        @Range(min = 0, max = 1) public double minWinChance = Double.NaN;
        @Range(min = 0, max = 1) public double requiresAcuteThreat = Double.NaN;
        @Range(min = 0, max = 1) public double requiresMandate = Double.NaN;
        @Range(min = 0, max = 5) public double overreachAversion = Double.NaN;
        /** Moves whose coalition risk is above this are avoided (1 = no limit). */
        @Range(min = 0, max = 1) public double maxCoalitionRisk = Double.NaN;
        /**
         * 1 = a state outside the scenario's focus: it starts no war, coalition or hostile act of its own, but still
         * trades, answers offers and defends itself (ai.PassiveDoctrine). Optional, unlike the
         * other figures: 0 when a rules file leaves it out, so older rules files stay valid.
         */
        @Range(min = 0, max = 1) public double passive = 0;

        public boolean isPassive() {
            return passive >= 0.5;
        }
        /** pass-the-buck | balance-early | balance-by-threat | collective-security */
        public String alignmentStyle;
        @Range(min = 0, max = 1) public double adaptive = Double.NaN;
        /** 1 if the doctrine sees weak neighbours as prey (a cause for war); optional, default 0. */
        @Range(min = 0, max = 1) public double prey = 0;
    }

    public MoveCost cost(String moveKind) {
        return moves.get(moveKind);
    }

    /**
     * {@code cost(kind.name())}, looked up by name once for these rules instead of for every candidate move the AI
     * weighs ({@code kind} is a move kind; the rules do not know the engine's enum). The table is kept with the rules,
     * not with each world: every game of a process shares one rules object, so the table is made once, and a new
     * game's first look-up does not take a path the compiled look-up never took (a world-kept table, made anew for
     * each game, sent the compiled move rules back to the interpreter at every game's start).
     */
    public MoveCost cost(Enum<?> kind) {
        CostTable table = costTable;
        if (table == null) {
            Enum<?>[] kinds = kind.getDeclaringClass().getEnumConstants();
            MoveCost[] byKind = new MoveCost[kinds.length];
            for (int k = 0; k < kinds.length; k++) {
                byKind[k] = cost(kinds[k].name());
            }
            table = new CostTable(byKind);
            costTable = table; // final field: safe to publish to the AI's threads
        }
        return table.byKind()[kind.ordinal()];
    }

    /** Move costs by the move kind's ordinal (not data: made from {@link #moves} at the first look-up). */
    private transient CostTable costTable;

    private record CostTable(MoveCost[] byKind) {
    }

    public Doctrine doctrine(String id) {
        Doctrine d = doctrines.get(id);
        return d != null ? d : doctrines.get("balanced-realist");
    }
}
