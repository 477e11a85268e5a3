package org.balancedrealism.model;

/**
 * A state in play (DESIGN §2). A plain mutable record of figures: the engine is the only writer, and a world is
 * copied (see {@link World#copy()}) before anything speculative such as a move preview touches it.
 * Figures are kept as public fields because the turn engine reads and writes them in tight loops over all states.
 */
public final class Nation {
    public String id;
    public String name;
    public String region;
    public String subregion;
    public Regime regime = Regime.HYBRID;
    public String doctrine;
    /** Human seat (true) or AI (false): decides who answers proposals and calls to arms. */
    public boolean human;
    public boolean alive = true;

    /** Economy, $bn. */
    public double gdp;
    /** Last year's growth rate, per year. */
    public double growth;
    /** Millions. */
    public double population;
    /** Force stock, $bn equivalent. */
    public double military;
    /** 0 none, 1 threshold, 2 minimal deterrent, 3 assured second strike. */
    public int nuclear;
    /** 0–100. */
    public double softPower;
    /** 0–100. */
    public double stability;
    /** $bn. */
    public double treasury;
    /** 0–1. */
    public double nationalism;
    /** Power projection reach in map hops (1 minor land power … 6 global superpower). */
    public double reach = 1;
    /** Standing budget shares of GDP. */
    public double milexShare;
    public double investShare;
    /** Military quality multiplier (technology, training). */
    public double quality = 1;
    /**
     * Fixed factor on this state's composite power before shares are normalised: 1 unless the scenario gave power as
     * CINC shares, in which case it makes the turn-0 share equal the CINC value (engine.PowerCalibration).
     */
    public double powerCalibration = 1;
    /** War weariness, 0 upward; compared with the regime's tolerance. */
    public double warWeariness;
    /** Prestige gained or lost in crises and wars. */
    public double prestige;
    /** Legitimacy granted by a UN-style resolution: turns left. */
    public int legitimacyTurns;
    /** Action points left in the current turn (refilled each turn). */
    public int actionPoints;
    /** Aid received recently ($bn) that may turn into a debt backlash. */
    public double debtToDonors;

    // Derived each turn by the perception phase (not saved as truth; recomputed on load).
    public transient int mainThreat = -1;
    public transient Alignment alignment = Alignment.SECURE;
    /** Why it aligns so, written in words when read (null until the first decision). */
    public transient org.balancedrealism.text.Sentence alignmentWhy;

    /** Figures at the start of the game, for the score. */
    public double startGdp;
    public double startPower;
    public int startTerritories;
    /** Sum of power share gained (positive changes) and overreach generated, for the prudence figure. */
    public double peakOverreach;
    /** Turn of its last act of aggression (unprovoked war, annexation, strike…): allies do not shield an aggressor. */
    public int lastAggressionTurn = -1000;
    /** Turn of its last act that others remember (any act, however small): coalitions answer recent acts. */
    public int lastActTurn = -1000;
    /** Turn the last coalition against it ended: a new one needs new acts, so coalitions do not flicker. */
    public int coalitionEndedTurn = -1000;

    public Nation copy() {
        Nation n = new Nation();
        n.id = id;
        n.name = name;
        n.region = region;
        n.subregion = subregion;
        n.regime = regime;
        n.doctrine = doctrine;
        n.human = human;
        n.alive = alive;
        n.gdp = gdp;
        n.growth = growth;
        n.population = population;
        n.military = military;
        n.nuclear = nuclear;
        n.softPower = softPower;
        n.stability = stability;
        n.treasury = treasury;
        n.nationalism = nationalism;
        n.reach = reach;
        n.milexShare = milexShare;
        n.investShare = investShare;
        n.quality = quality;
        n.powerCalibration = powerCalibration;
        n.warWeariness = warWeariness;
        n.prestige = prestige;
        n.legitimacyTurns = legitimacyTurns;
        n.actionPoints = actionPoints;
        n.debtToDonors = debtToDonors;
        n.mainThreat = mainThreat;
        n.alignment = alignment;
        n.alignmentWhy = alignmentWhy;
        n.startGdp = startGdp;
        n.startPower = startPower;
        n.startTerritories = startTerritories;
        n.peakOverreach = peakOverreach;
        n.lastAggressionTurn = lastAggressionTurn;
        n.lastActTurn = lastActTurn;
        n.coalitionEndedTurn = coalitionEndedTurn;
        return n;
    }

    @Override
    public String toString() {
        return id;
    }
}
