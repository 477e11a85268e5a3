package org.balancedrealism.model;

/**
 * Figures the engine derives from the world once per turn (power shares, distances, threats, overreach).
 * Never saved as truth: recomputed after loading. Replaced as a whole, never written in place, so copies of a
 * world may share it safely; the one exception is the derivation made within a turn, whose working figures live in
 * its world's {@link Workspace}, written over by the next derivation of that world: nothing outside the engine sees
 * the world in between, and what the engine copies of it meanwhile (move previews) is dropped before that.
 */
public final class Derived {
    public final int n;
    /** Latent power (GDP and population share). */
    public final double[] latent;
    /** Share of the world's military stock. */
    public final double[] mobilised;
    /** Composite power index P = 0.5·latent + 0.5·mobilised ("share of world power"). */
    public final double[] power;
    /** Hops between states over land borders (1) and sea links (1.5); row-major n×n. */
    public final double[] distance;
    /** Threat T[i·n + j] that state i feels from state j. */
    public final double[] threat;
    /** Overreach of each state: power-weighted hostility the world remembers of it. */
    public final double[] overreach;
    /** Ties between pairs, row-major n×n: bit {@code 1 << TreatyType.ordinal()} per treaty, {@link #COALITION} for coalition partners. */
    public final byte[] ties;

    public static final int COALITION = 1 << 7;
    /**
     * Owner of each territory and the map when {@link #distance} was computed (null if unknown): the next derivation
     * reuses the distances when both are unchanged, as they are in most turns.
     */
    public final int[] owners;
    public final Geography geography;
    /** What the threats were derived from (null if not kept): lets the next derivation redo only the pairs that changed. */
    public final Basis basis;
    /** The treaties and coalitions {@link #ties} were read from, with the protégés they give (null if not kept). */
    public final Links links;
    /** How far each protector reaches each of its protégés, as derived (null if not kept). */
    public final Reach reach;

    /**
     * The treaties and coalitions of a world as a derivation read them (treaties by identity: they are immutable
     * records), and what it derived from them alone: the {@link #ties} table and each state's protégés. A later
     * derivation or a move preview whose world still lists the very same treaties and coalition members reuses them.
     */
    public static final class Links {
        public final Treaty[] treaties;
        /** The member states of each coalition, in list order. */
        public final int[][] coalitions;
        public final byte[] ties;
        /** For each state, the states it protects (allies and guaranteed states), in treaty order. */
        public final int[][] proteges;

        public Links(Treaty[] treaties, int[][] coalitions, byte[] ties, int[][] proteges) {
            this.treaties = treaties;
            this.coalitions = coalitions;
            this.ties = ties;
            this.proteges = proteges;
        }
    }

    /**
     * Each protector's reach to each of its protégés ({@code reach[i][x]} toward {@code proteges[i][x]}), with what
     * it was computed from: the protégé lists, the distance table and every state's reach.
     */
    public static final class Reach {
        public final int[][] proteges;
        public final double[] distance;
        public final double[] stateReach;
        public final double[][] reach;

        public Reach(int[][] proteges, double[] distance, double[] stateReach, double[][] reach) {
            this.proteges = proteges;
            this.distance = distance;
            this.stateReach = stateReach;
            this.reach = reach;
        }
    }

    /**
     * The inputs of the direct threats (before extended deterrence) at the time of a derivation, and those threats:
     * the pair tables as copy-on-write snapshots (a row written since is a different array), each state's own figures,
     * and the rules. Read only by the engine's perception.
     */
    public static final class Basis {
        public final Object rules;
        public final PairTable memory;
        public final PairTable trust;
        public final PairTable opinion;
        public final boolean[] alive;
        public final double[] military;
        public final double[] nuclear;
        public final double[] reach;
        public final double[] floors;
        /** Direct threat T[i·n + j] before extended deterrence; null in the figures a turn ends with (see {@link Workspace}). */
        public final double[] direct;
        /** Proximity G[i·n + j]: the loss-of-strength gradient of j's strength at its distance from i. */
        public final double[] proximity;
        /**
         * Observer i's row of intentions factors toward each source, {@code intent[i][j]}, and of offence after arms
         * control and its nuclear cap, {@code offence[i][j]}: the parts of a direct threat that power shares do not
         * enter. A row is null where this derivation did not work it out; a row once written is never written again
         * (but for a row of a {@link Workspace}, by that workspace's next derivation, which this one's figures do not
         * outlive), so the next derivation shares the row of an observer none of whose inputs changed (a turn's events
         * move some state's GDP, so every power share, but leave most pairs' intentions and offence as they were).
         */
        public final double[][] intent;
        public final double[][] offence;
        /**
         * The workspace {@link #direct} and the rows of {@link #intent} and {@link #offence} were worked out in, or
         * null if they are this basis's own arrays: a derivation working elsewhere must not share them (the
         * workspace's next derivation writes them over).
         */
        public final Workspace workspace;

        public Basis(Object rules, PairTable memory, PairTable trust, PairTable opinion, boolean[] alive,
                     double[] military, double[] nuclear, double[] reach, double[] floors, double[] direct,
                     double[] proximity) {
            this(rules, memory, trust, opinion, alive, military, nuclear, reach, floors, direct, proximity, null);
        }

        public Basis(Object rules, PairTable memory, PairTable trust, PairTable opinion, boolean[] alive,
                     double[] military, double[] nuclear, double[] reach, double[] floors, double[] direct,
                     double[] proximity, Workspace workspace) {
            this.workspace = workspace;
            this.rules = rules;
            this.memory = memory;
            this.trust = trust;
            this.opinion = opinion;
            this.alive = alive;
            this.military = military;
            this.nuclear = nuclear;
            this.reach = reach;
            this.floors = floors;
            this.direct = direct;
            this.proximity = proximity;
            this.intent = new double[alive.length][];
            this.offence = new double[alive.length][];
        }

        /**
         * This basis without its working figures (direct threats, intentions, offence): what figures kept beyond the
         * turn hold when those were worked out in a {@link Workspace}. A derivation from it derives every pair anew.
         */
        public Basis withoutWorkingFigures() {
            return new Basis(rules, memory, trust, opinion, alive, military, nuclear, reach, floors, null, proximity);
        }
    }

    /**
     * The working figures of one world's turn derivations (the perception phase's and the turn's last): the direct
     * threats, the within-turn threats, each observer's rows of intentions and offence and each protégé's shared
     * threats, written over by each derivation instead of made anew (some megabyte a turn less for the garbage
     * collector). Held by its world alone
     * (a copy of the world starts without one) and by that world's derivation made within the turn, which the turn's
     * last derivation replaces; the figures a turn ends with keep none of these arrays, so no copy of the world taken
     * between turns can see them change.
     */
    public static final class Workspace {
        public final int n;
        public final double[] direct;
        public final double[] threat;
        private final double[][] intent;
        private final double[][] offence;
        /**
         * Rows for each protégé's threats times the protector share, as the extension of threats to protectors works
         * them out (written by one thread of a derivation; made there the first time).
         */
        public final double[][] protegeShares;

        public Workspace(int n) {
            this.n = n;
            direct = new double[n * n];
            threat = new double[n * n];
            intent = new double[n][];
            offence = new double[n][];
            protegeShares = new double[n][];
        }

        /** Observer {@code i}'s row of intentions to write whole. */
        public double[] intent(int i) {
            if (intent[i] == null) {
                intent[i] = new double[n];
            }
            return intent[i];
        }

        /** Observer {@code i}'s row of offence to write whole. */
        public double[] offence(int i) {
            if (offence[i] == null) {
                offence[i] = new double[n];
            }
            return offence[i];
        }
    }

    public Derived(int n, double[] latent, double[] mobilised, double[] power, double[] distance, double[] threat,
                   double[] overreach, byte[] ties) {
        this(n, latent, mobilised, power, distance, threat, overreach, ties, null, null, null);
    }

    public Derived(int n, double[] latent, double[] mobilised, double[] power, double[] distance, double[] threat,
                   double[] overreach, byte[] ties, int[] owners, Geography geography, Basis basis) {
        this(n, latent, mobilised, power, distance, threat, overreach, ties, owners, geography, basis, null, null);
    }

    public Derived(int n, double[] latent, double[] mobilised, double[] power, double[] distance, double[] threat,
                   double[] overreach, byte[] ties, int[] owners, Geography geography, Basis basis, Links links,
                   Reach reach) {
        this.links = links;
        this.reach = reach;
        this.owners = owners;
        this.basis = basis;
        this.geography = geography;
        this.n = n;
        this.latent = latent;
        this.mobilised = mobilised;
        this.power = power;
        this.distance = distance;
        this.threat = threat;
        this.overreach = overreach;
        this.ties = ties;
    }

    public double threat(int observer, int source) {
        return threat[observer * n + source];
    }

    public double distance(int a, int b) {
        return distance[a * n + b];
    }

    /** Allies: an alliance treaty or partners in a coalition. */
    public boolean allied(int a, int b) {
        return alliedTie(ties[a * n + b]);
    }

    /** The tie bits that make two states allies: an alliance, or a coalition together. */
    private static final int ALLIED = (1 << TreatyType.ALLIANCE.ordinal()) | COALITION;

    /** True if the bits {@code tie} of {@link #ties} make the two states allies (for loops reading a row along). */
    public static boolean alliedTie(byte tie) {
        return (tie & ALLIED) != 0;
    }

    /** True if a treaty of this type links a and b (as of the last derivation). */
    public boolean tied(TreatyType type, int a, int b) {
        return (ties[a * n + b] & (1 << type.ordinal())) != 0;
    }

    /** The state that {@code observer} fears most, or -1. */
    public int mainThreat(int observer) {
        int best = -1;
        double max = 0;
        for (int j = 0; j < n; j++) {
            double t = threat[observer * n + j];
            if (t > max) {
                max = t;
                best = j;
            }
        }
        return best;
    }

    public double maxThreat(int observer) {
        int j = mainThreat(observer);
        return j < 0 ? 0 : threat(observer, j);
    }
}
