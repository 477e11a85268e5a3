package org.balancedrealism.engine;

import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Geography;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Territory;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;


/**
 * How states see each other: power shares, distances, threat (Walt's balance of threat, DESIGN §4.1) and
 * overreach (§4.2). {@link #refresh} derives all of it once per turn; the single-pair and single-column methods
 * serve tooltips and move previews with the very same formulas.
 */
public final class Perception {
    private Perception() {
    }

    /**
     * Recomputes every derived figure of the world and stores it in {@code w.derived}. The direct threat of a pair is
     * recomputed only if one of its inputs changed since the last derivation (the second derivation of a turn finds
     * most pairs as they were); the result is the same figure to the last bit as a derivation from scratch.
     */
    public static Derived refresh(World w) {
        return refresh(w, null);
    }

    /**
     * {@link #refresh(World)} with the rows of its tables (each observer's direct threats and extended threats, each
     * state's overreach) shared out to {@code workers} (null: all on this thread): the rows are independent and each
     * is computed by the same code, so the figures are the same either way.
     */
    public static Derived refresh(World w, Workers workers) {
        return refresh(w, workers, Stage.ANY);
    }

    /**
     * {@link #refresh(World, Workers)} made within a turn (the perception phase), its working figures written into the
     * world's {@link Derived.Workspace} instead of new arrays: the same turn's last derivation
     * ({@link #refreshAtTurnEnd}) replaces it before the engine hands the world back. Nothing may keep the figures
     * made here beyond the turn: move previews made in between read them and are dropped.
     */
    public static Derived refreshWithinTurn(World w, Workers workers) {
        return refresh(w, workers, Stage.WITHIN_TURN);
    }

    /**
     * {@link #refresh(World, Workers)} at the end of a turn: worked out in the world's {@link Derived.Workspace} (over
     * the figures of the derivation made within the turn, which nothing reads any more), keeping none of its arrays:
     * copies of the world taken between turns may hold these figures, and the next turn's derivations write the
     * workspace over again.
     */
    public static Derived refreshAtTurnEnd(World w, Workers workers) {
        return refresh(w, workers, Stage.TURN_END);
    }

    /** Which derivation of a turn a refresh is, so what its working figures are written into and what it keeps. */
    private enum Stage {
        /** Any other (a loaded world, a test, a copy without figures): new arrays, kept with the figures. */
        ANY,
        /** The perception phase's: in the workspace, kept until the turn's last derivation replaces it. */
        WITHIN_TURN,
        /** The turn's last: in the workspace, not kept. */
        TURN_END
    }

    private static Derived refresh(World w, Workers workers, Stage stage) {
        int n = w.size();
        Derived prev = w.derived;
        Derived.Workspace workspace = stage == Stage.ANY ? null : workspace(w, n);
        double[] latent = new double[n];
        double[] mobilised = new double[n];
        double[] power = new double[n];
        powerShares(w, latent, mobilised, power);
        int[] owners = owners(w);
        boolean sameGeometry = sameGeometry(prev, w, owners);
        double[] distance = sameGeometry ? prev.distance : distances(w, prev, owners);
        Derived.Links links = links(w, prev);
        Derived.Basis basis = basis(w, sameGeometry ? prev : null, distance, workspace);
        Derived.Reach reach = reach(w, distance, links.proteges, prev == null ? null : prev.reach);
        // derived first without the threats (filled in below from the direct threats)
        Derived partial = new Derived(n, latent, mobilised, power, distance, null, new double[n], links.ties, owners,
                w.geography, basis, links, reach);
        double[] direct = basis.direct;
        boolean sameShares = prev != null && java.util.Arrays.equals(prev.latent, latent);
        // with new shares every pair's threat is derived again, and comparing every pair's other inputs pays only when
        // most rows of trust are prev's (the turn's second derivation), not after trust has drifted (the first)
        boolean compare = sameGeometry && workingFiguresToShare(prev, workspace)
                && (sameShares || unwrittenTrustRows(prev, basis) >= n / 2);
        boolean[] changed = compare ? changedPairs(prev, partial) : null;
        boolean[] dirty = sameShares ? changed : null;
        int[][] dirtyColumns = dirty == null ? null : dirtyColumns(dirty, n);
        // new power shares enter every pair's threat (a turn's events move some state's GDP, so every share), but
        // an observer none of whose other inputs changed keeps its rows of intentions and offence
        boolean[] factorsKept = changed != null && !sameShares ? unchangedRows(changed, n) : null;
        double[] overreach = partial.overreach;
        boolean samePower = prev != null && prev.basis != null && prev.n == n && java.util.Arrays.equals(prev.power, power);
        // waking the pool's threads costs tens of microseconds: worth it only when most rows are derived whole (the
        // first derivation of a turn, after trust has drifted), not for the few pairs the second one redoes
        Workers share = wholeRows(dirtyColumns, n) >= n / 2 ? workers : null;
        // the direct threats observer by observer: a row with many pairs to derive anew is derived whole, one with a
        // few is prev's with those few derived again; and each state's overreach (its own slot, read from the world)
        Workers.rows(share, n, () -> {
            DirectThreatRows rows = new DirectThreatRows(w.rules, partial, basis, workspace); // scratch rows of one thread
            return (from, to) -> {
                for (int i = from; i < to; i++) {
                    int[] columns = dirtyColumns == null ? null : dirtyColumns[i];
                    if (columns == null) {
                        rows.row(i, direct, factorsKept != null && factorsKept[i] ? prev.basis : null);
                    } else {
                        if (columns.length == 0) { // the row's inputs are prev's: so are its intentions and offence
                            basis.intent[i] = prev.basis.intent[i];
                            basis.offence[i] = prev.basis.offence[i];
                        }
                        System.arraycopy(prev.basis.direct, i * n, direct, i * n, n); // none when both in the workspace
                        for (int j : columns) {
                            direct[i * n + j] = directThreat(w, partial, i, j, basis.alive[i] && basis.alive[j],
                                    basis.military[i], basis.military[j], basis.nuclear[i], basis.reach[j],
                                    basis.floors[i], basis.proximity, null);
                        }
                    }
                }
                // the same figures from the same remembered row (copy on write: an unwritten row is the same array)
                int[] redo = new int[to - from];
                int count = 0;
                for (int i = from; i < to; i++) {
                    if (samePower && prev.basis.memory.row(i) == basis.memory.row(i)) {
                        overreach[i] = prev.overreach[i];
                    } else {
                        redo[count++] = i;
                    }
                }
                overreachOf(w, partial, redo, count, overreach);
            };
        });
        // then every source's threat extended to protectors (alliances reach across the table): when the ties and reach
        // are prev's, only the shares of sources whose direct threat to the protector or a protégé was derived anew
        // written whole, row by row, by extendAll (even over prev's threats, read row by row: see extendAll)
        double[] threat = stage == Stage.WITHIN_TURN ? workspace.threat : new double[n * n];
        boolean keep = dirty != null && prev.links == links && prev.reach == reach;
        extendAll(w, partial, direct, threat, links.proteges, reach.reach, keep ? dirtyColumns : null,
                keep ? prev.threat : null, share, workspace == null ? null : workspace.protegeShares);
        Derived derived = new Derived(n, latent, mobilised, power, distance, threat, overreach, links.ties, owners,
                w.geography, stage == Stage.TURN_END ? basis.withoutWorkingFigures() : basis, links, reach);
        w.derived = derived;
        return derived;
    }

    /**
     * True if a derivation working in {@code workspace} (null: in arrays of its own) may share {@code prev}'s direct
     * threats and rows of intentions and offence: prev kept them ({@link Derived.Basis#withoutWorkingFigures} did
     * not), and they are its own arrays or lie in that same workspace, which no later derivation will write over
     * while this one's figures are kept.
     */
    private static boolean workingFiguresToShare(Derived prev, Derived.Workspace workspace) {
        return prev.basis != null && prev.basis.direct != null
                && (prev.basis.workspace == null || prev.basis.workspace == workspace);
    }

    /** The world's {@link Derived.Workspace}, made for its number of states the first time (or when that changed). */
    private static Derived.Workspace workspace(World w, int n) {
        if (w.workspace == null || w.workspace.n != n) {
            w.workspace = new Derived.Workspace(n);
        }
        return w.workspace;
    }

    /** How many observers' rows {@code dirtyColumns} has derived whole (all when it is null). */
    private static int wholeRows(int[][] dirtyColumns, int n) {
        if (dirtyColumns == null) {
            return n;
        }
        int whole = 0;
        for (int[] columns : dirtyColumns) {
            if (columns == null) {
                whole++;
            }
        }
        return whole;
    }

    /**
     * For each observer, the sources whose direct threat it was derived anew ({@code dirty}), or null for an observer
     * with so many that its whole row is as quickly derived again.
     */
    private static int[][] dirtyColumns(boolean[] dirty, int n) {
        int[][] out = new int[n][];
        int[] cols = new int[n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int c = 0; c < n && count <= n / 4; c++) {
                if (dirty[i * n + c]) {
                    cols[count++] = c;
                }
            }
            out[i] = count > n / 4 ? null : java.util.Arrays.copyOf(cols, count);
        }
        return out;
    }

    /**
     * The inputs of the direct threats as they are now (pair tables as copy-on-write snapshots), with the proximities
     * of every pair: {@code prev}'s when it was derived on the same distances (null if not) and no reach has changed;
     * the direct threats are to be worked out in {@code workspace} (null: a new array).
     */
    static Derived.Basis basis(World w, Derived prev, double[] distance, Derived.Workspace workspace) {
        int n = w.size();
        boolean[] alive = new boolean[n];
        double[] military = new double[n];
        double[] nuclear = new double[n];
        double[] reach = new double[n];
        for (int i = 0; i < n; i++) {
            Nation s = w.nation(i);
            alive[i] = s.alive;
            military[i] = s.military;
            nuclear[i] = s.nuclear;
            reach[i] = s.reach;
        }
        double[] proximity = prev != null && prev.basis != null && prev.basis.proximity != null
                && java.util.Arrays.equals(prev.basis.reach, reach) ? prev.basis.proximity : proximities(distance, reach, n);
        return new Derived.Basis(w.rules, w.memory.copy(), w.trust.copy(), w.opinion.copy(), alive, military, nuclear,
                reach, intentionFloors(w), workspace == null ? new double[n * n] : workspace.direct, proximity,
                workspace);
    }

    /** G[i·n + j]: the {@link #gradient} of j's strength at its distance from i, for every pair. */
    static double[] proximities(double[] distance, double[] reach, int n) {
        double[] g = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                g[i * n + j] = gradient(reach[j], distance[i * n + j]);
            }
        }
        return g;
    }

    /**
     * Pairs (i·n + j) whose direct threat may differ from {@code prev}'s besides the power shares: a state's own
     * figures, a tie, or a remembered act, trust or opinion between them changed. Null when everything must be derived
     * anew (no basis, other rules, another number of states).
     */
    static boolean[] changedPairs(Derived prev, Derived now) {
        Derived.Basis was = prev.basis;
        Derived.Basis is = now.basis;
        int n = now.n;
        if (was == null || was.rules != is.rules || prev.n != n) {
            return null;
        }
        boolean[] dirty = new boolean[n * n];
        for (int i = 0; i < n; i++) {
            if (was.alive[i] != is.alive[i] || differ(was.military[i], is.military[i]) || differ(was.nuclear[i], is.nuclear[i])
                    || differ(was.reach[i], is.reach[i]) || differ(was.floors[i], is.floors[i])) {
                for (int k = 0; k < n; k++) {
                    dirty[i * n + k] = true; // as observer
                    dirty[k * n + i] = true; // as source
                }
            }
        }
        for (int p = 0; p < n * n && prev.ties != now.ties; p++) { // the same table when read from the same treaties
            if (prev.ties[p] != now.ties[p]) {
                dirty[p] = true;
            }
        }
        for (int r = 0; r < n; r++) {
            double[] before = was.memory.row(r);
            double[] after = is.memory.row(r);
            if (before != after) { // a row written since the snapshot (copy on write)
                for (int c = 0; c < n; c++) {
                    if (differ(before[c], after[c])) {
                        dirty[c * n + r] = true; // memory(r, c): what observer c remembers of r
                    }
                }
            }
            markRow(was.trust.row(r), is.trust.row(r), dirty, r, n);
            markRow(was.opinion.row(r), is.opinion.row(r), dirty, r, n);
        }
        return dirty;
    }

    /** How many observers' rows of trust in {@code now} are the very arrays of {@code prev}'s (none written since). */
    private static int unwrittenTrustRows(Derived prev, Derived.Basis now) {
        if (prev.basis == null || prev.n != now.alive.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < now.alive.length; i++) {
            if (prev.basis.trust.row(i) == now.trust.row(i)) {
                same++;
            }
        }
        return same;
    }

    /** For each observer, true if none of its pairs is marked in {@code changed}. */
    private static boolean[] unchangedRows(boolean[] changed, int n) {
        boolean[] unchanged = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean any = false;
            for (int j = 0; j < n; j++) {
                any |= changed[i * n + j];
            }
            unchanged[i] = !any;
        }
        return unchanged;
    }

    private static void markRow(double[] before, double[] after, boolean[] dirty, int row, int n) {
        if (before == after) {
            return;
        }
        for (int c = 0; c < n; c++) {
            if (differ(before[c], after[c])) {
                dirty[row * n + c] = true;
            }
        }
    }

    /** Bit for bit: −0 and 0 differ, a NaN equals the same NaN. */
    private static boolean differ(double a, double b) {
        return Double.doubleToRawLongBits(a) != Double.doubleToRawLongBits(b);
    }

    static void powerShares(World w, double[] latent, double[] mobilised, double[] power) {
        Rules.Power r = w.rules.power;
        double gdp = 0;
        double pop = 0;
        double mil = 0;
        for (Nation s : w.nations) {
            if (s.alive) {
                gdp += s.gdp;
                pop += s.population;
                mil += s.military;
            }
        }
        for (int i = 0; i < w.size(); i++) {
            Nation s = w.nation(i);
            if (!s.alive) {
                continue;
            }
            latent[i] = r.latentGdpWeight * s.gdp / gdp + (1 - r.latentGdpWeight) * s.population / pop;
            mobilised[i] = mil > 0 ? s.military / mil : 0;
            power[i] = r.compositeLatentWeight * latent[i] + (1 - r.compositeLatentWeight) * mobilised[i];
        }
        PowerCalibration.apply(w, power); // scenarios that give power as CINC shares (no-op otherwise)
    }

    /** Owner of each territory: what the distances between states depend on besides the map. */
    static int[] owners(World w) {
        int[] owners = new int[w.territories.length];
        for (int t = 0; t < owners.length; t++) {
            owners[t] = w.territories[t].owner();
        }
        return owners;
    }

    /** True if {@code d} was derived on the same map with the same owners, so its distances still hold. */
    static boolean sameGeometry(Derived d, World w, int[] owners) {
        return d != null && d.owners != null && d.geography == w.geography && d.n == w.size()
                && java.util.Arrays.equals(d.owners, owners);
    }

    /** Hops between states: the shortest path between any of their territories. */
    static double[] distances(World w) {
        int n = w.size();
        Geography g = w.geography;
        int[][] owned = territoriesByOwner(w);
        double[] d = new double[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a == b) {
                    continue;
                }
                if (b < a) {
                    d[a * n + b] = d[b * n + a];
                    continue;
                }
                d[a * n + b] = nearest(g, owned[a], owned[b]);
            }
        }
        return d;
    }

    /**
     * {@link #distances(World)} from {@code prev}'s distances when they were derived on the same map: only the states
     * that gained or lost a territory since are measured again (a distance depends on the two states' lands alone).
     */
    static double[] distances(World w, Derived prev, int[] owners) {
        int n = w.size();
        if (prev == null || prev.owners == null || prev.geography != w.geography || prev.n != n
                || prev.owners.length != owners.length) {
            return distances(w);
        }
        boolean[] moved = new boolean[n];
        boolean any = false;
        for (int t = 0; t < owners.length; t++) {
            if (prev.owners[t] != owners[t]) {
                moved[prev.owners[t]] = true;
                moved[owners[t]] = true;
                any = true;
            }
        }
        if (!any) {
            return prev.distance;
        }
        double[] d = prev.distance.clone();
        int[][] owned = territoriesByOwner(w);
        for (int a = 0; a < n; a++) {
            if (!moved[a]) {
                continue;
            }
            for (int b = 0; b < n; b++) {
                if (b != a) { // measured from the lower index, as a derivation from scratch does
                    double best = a < b ? nearest(w.geography, owned[a], owned[b]) : nearest(w.geography, owned[b], owned[a]);
                    d[a * n + b] = best;
                    d[b * n + a] = best;
                }
            }
        }
        return d;
    }

    /**
     * {@code w}'s derived figures once territories have changed hands: the distances re-measured (only for the states
     * that gained or lost land, when the figures know the owners they were measured with), the rest as derived; the
     * next derivation derives every threat anew.
     */
    public static Derived withLandsMoved(World w) {
        Derived d = w.derived;
        int[] owners = owners(w);
        return new Derived(d.n, d.latent, d.mobilised, d.power, distances(w, d, owners), d.threat, d.overreach, d.ties,
                owners, w.geography, null, d.links, null);
    }

    /** The fewest hops between any territory of one list and any of the other (infinite if either is empty). */
    private static double nearest(Geography g, int[] from, int[] to) {
        double best = Double.POSITIVE_INFINITY;
        for (int ta : from) {
            for (int tb : to) {
                double h = g.hops(ta, tb);
                if (h < best) {
                    best = h;
                }
            }
        }
        return best;
    }

    public static int[][] territoriesByOwner(World w) {
        int n = w.size();
        int[] count = new int[n];
        for (Territory t : w.territories) {
            count[t.owner()]++;
        }
        int[][] owned = new int[n][];
        for (int i = 0; i < n; i++) {
            owned[i] = new int[count[i]];
        }
        int[] fill = new int[n];
        for (int t = 0; t < w.territories.length; t++) {
            int o = w.territories[t].owner();
            owned[o][fill[o]++] = t;
        }
        return owned;
    }

    /**
     * The ties and protégés of {@code w}: {@code prev}'s when {@code w} still lists the very treaties and coalition
     * members {@code prev} was derived from (most derivations and most move previews), else read anew.
     */
    static Derived.Links links(World w, Derived prev) {
        if (prev != null && prev.n == w.size()) {
            if (sameLinks(prev.links, w)) {
                return prev.links;
            }
            if (prev.links != null && sameCoalitions(prev.links, w)) { // treaties only removed (a war broke them)?
                Derived.Links fewer = LinksAfterRemovals.of(prev.links, w);
                if (fewer != null) {
                    return fewer;
                }
            }
        }
        return new Derived.Links(w.treaties.toArray(new Treaty[0]), coalitionMembers(w), ties(w), proteges(w));
    }

    /** True if {@code w} lists exactly the treaties (the same objects, in the same order) and coalition members of {@code links}. */
    static boolean sameLinks(Derived.Links links, World w) {
        if (links == null || links.treaties.length != w.treaties.size() || links.coalitions.length != w.coalitions.size()) {
            return false;
        }
        java.util.List<Treaty> treaties = w.treaties;
        for (int k = 0; k < links.treaties.length; k++) {
            if (treaties.get(k) != links.treaties[k]) {
                return false;
            }
        }
        return sameCoalitions(links, w);
    }

    /** True if {@code w}'s coalitions have exactly the members of {@code links}, in the same order. */
    static boolean sameCoalitions(Derived.Links links, World w) {
        if (links.coalitions.length != w.coalitions.size()) {
            return false;
        }
        for (int c = 0; c < links.coalitions.length; c++) {
            java.util.List<CoalitionMember> members = w.coalitions.get(c).members;
            int[] was = links.coalitions[c];
            if (members.size() != was.length) {
                return false;
            }
            for (int k = 0; k < was.length; k++) {
                if (members.get(k).state() != was[k]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int[][] coalitionMembers(World w) {
        int[][] out = new int[w.coalitions.size()][];
        for (int c = 0; c < out.length; c++) {
            java.util.List<CoalitionMember> members = w.coalitions.get(c).members;
            out[c] = new int[members.size()];
            for (int k = 0; k < out[c].length; k++) {
                out[c][k] = members.get(k).state();
            }
        }
        return out;
    }

    /** For each state the states it protects, as {@link #proteges(World)} gives them: {@code d}'s when it was derived from {@code w}'s treaties. */
    static int[][] proteges(World w, Derived d) {
        return d != null && d.n == w.size() && sameLinks(d.links, w) ? d.links.proteges : proteges(w);
    }

    static byte[] ties(World w) {
        int n = w.size();
        byte[] ties = new byte[n * n];
        for (Treaty t : w.treaties) {
            byte bit = (byte) (1 << t.type().ordinal());
            ties[t.a() * n + t.b()] |= bit;
            ties[t.b() * n + t.a()] |= bit;
        }
        for (Coalition c : w.coalitions) {
            for (CoalitionMember x : c.members) {
                for (CoalitionMember y : c.members) {
                    if (x.state() != y.state()) {
                        ties[x.state() * n + y.state()] |= (byte) Derived.COALITION;
                    }
                }
            }
        }
        return ties;
    }

    /** The least reach (map hops) a state's strength is measured with: half a hop, so a state of reach 0 still defends its own land. */
    static final double MIN_REACH = 0.5;

    /** Loss-of-strength gradient of state j at distance d: 1 / (1 + (d / reach_j)²). */
    public static double gradient(Nation j, double d) {
        return gradient(j.reach, d);
    }

    /** {@link #gradient(Nation, double)} of a state whose reach is {@code reach}. */
    static double gradient(double reach, double d) {
        if (Double.isInfinite(d)) {
            return 0;
        }
        double x = d / Math.max(MIN_REACH, reach);
        return 1 / (1 + x * x);
    }

    public static double intentionFloor(World w, Nation observer) {
        if (observer.human || observer.doctrine == null) {
            return w.rules.threat.defaultIntentionFloor;
        }
        return w.rules.doctrine(observer.doctrine).intentionFloor;
    }

    /** Every observer's intention floor, looked up once per derivation rather than once per pair. */
    static double[] intentionFloors(World w) {
        double[] floors = new double[w.size()];
        for (int i = 0; i < floors.length; i++) {
            floors[i] = intentionFloor(w, w.nation(i));
        }
        return floors;
    }

    /**
     * Intentions factor I_ij (DESIGN §4.1): the observer's doctrine floor, raised toward 1 only by what j has done
     * (remembered hostility, net of trust), then lowered by good opinion and raised by bad.
     */
    public static double intentions(World w, int i, int j) {
        return intentions(w, i, j, intentionFloor(w, w.nation(i)));
    }

    /** {@link #intentions(World, int, int)} with the observer's floor {@code i0} already looked up. */
    static double intentions(World w, int i, int j, double i0) {
        Rules.Threat r = w.rules.threat;
        double h = w.memory.get(j, i);
        double x = Math.max(0, h / r.intentionScale - r.trustWeight * w.trust.get(i, j));
        // with nothing remembered beyond what trust covers (most pairs) the floor stands: exp(−0) = 1 exactly
        double raised = x == 0 ? i0 : i0 + (1 - i0) * (1 - Math.exp(-x));
        double opinion = w.opinion.get(i, j) / 100;
        return Math.max(0, Math.min(1, raised * (1 - r.opinionWeight * opinion)));
    }

    /**
     * The alliance discount on i's threat from its ally j: the ally factor, fading toward none as j writes hostility
     * into i's memory, so an aggressor inside an alliance is not shielded by it.
     */
    public static double allyDiscount(World w, int i, int j) {
        Rules.Threat r = w.rules.threat;
        double h = w.memory.get(j, i);
        // nothing remembered (most pairs): the full discount, exactly as the formula gives it (exp(−0) = 1)
        return h == 0 ? r.allyFactor : r.allyFactor + (1 - r.allyFactor) * (1 - Math.exp(-h / r.allyFadeScale));
    }

    /** The factors of the threat i feels from j, with derived figures {@code d} (power, distance, alliances). */
    public static ThreatFactors factors(World w, Derived d, int i, int j) {
        return factors(w, d, i, j, intentionFloor(w, w.nation(i)));
    }

    /** {@link #factors(World, Derived, int, int)} with the observer's intention floor already looked up. */
    static ThreatFactors factors(World w, Derived d, int i, int j, double floor) {
        double[] parts = new double[4];
        double t = directThreat(w, d, i, j, floor, null, parts);
        boolean allied = i != j && w.nation(i).alive && w.nation(j).alive && d.allied(i, j);
        return new ThreatFactors(parts[0], parts[1], parts[2], parts[3], allied, t);
    }

    /**
     * The threat i feels from j before extended deterrence (DESIGN §4.1), the one formula behind {@link #factors} and
     * {@link #refresh}; when {@code parts} is given, its factors go into it (power, proximity, offence, intentions),
     * so the derivation of 197² pairs makes no object per pair. {@code proximity}, when given, holds every pair's
     * gradient as {@link #proximities} computes it from the states' reach now (null: computed here).
     */
    static double directThreat(World w, Derived d, int i, int j, double floor, double[] proximity, double[] parts) {
        Nation a = w.nation(i);
        Nation b = w.nation(j);
        return directThreat(w, d, i, j, a.alive && b.alive, a.military, b.military, a.nuclear, b.reach, floor, proximity,
                parts);
    }

    /**
     * {@link #directThreat(World, Derived, int, int, double, double[], double[])} with the two states' own figures
     * given: the derivation of every pair reads them from the basis's arrays (the same figures, taken a moment before)
     * instead of reaching into two state objects per pair.
     */
    static double directThreat(World w, Derived d, int i, int j, boolean bothAlive, double militaryI, double militaryJ,
                               double nuclearI, double reachJ, double floor, double[] proximity, double[] parts) {
        if (i == j || !bothAlive) {
            return 0;
        }
        Rules.Threat r = w.rules.threat;
        double aggregate = d.latent[j] + d.latent[i] > 0 ? d.latent[j] / (d.latent[j] + d.latent[i]) : 0;
        double g = proximity != null ? proximity[i * d.n + j] : gradient(reachJ, d.distance(i, j));
        double projected = militaryJ * g;
        double offence = projected > 0 ? projected / (projected + r.defenceWeight * militaryI) : 0;
        if (d.tied(TreatyType.ARMS_CONTROL, i, j)) {
            offence *= w.rules.diplomacy.armsControlOffence;
        }
        if (nuclearI >= r.nuclearCapLevel) {
            offence = Math.min(offence, r.nuclearOffenceCap);
        }
        double intent = intentions(w, i, j, floor);
        boolean allied = d.allied(i, j);
        // capability C = (A·O)^¼·G is near 1 only for a strong, near, armed state and falls off fast with distance;
        // intentions multiply it (Walt: states balance against threats, not against power)
        double t = intent * Math.sqrt(Math.sqrt(aggregate * offence)) * g;
        if (allied) {
            t *= allyDiscount(w, i, j);
        }
        if (parts != null) {
            parts[0] = aggregate;
            parts[1] = g;
            parts[2] = offence;
            parts[3] = intent;
        }
        return t;
    }

    /**
     * Extended deterrence (DESIGN §4.4, "protectors balance too"): a state feels a share of the threat its allies and
     * the states it guarantees feel from {@code source}, as far as it can reach them. This is how a distant great
     * power ends up leading a regional coalition. Reads and writes {@code col} (threat every observer feels).
     */
    static void extend(World w, Derived d, int source, double[] col, int[][] proteges, double[][] reach) {
        double share = w.rules.threat.protectorShare;
        if (share <= 0) {
            return;
        }
        double[] base = col.clone();
        for (int i = 0; i < col.length; i++) {
            Nation protector = w.nation(i);
            int[] mine = proteges[i];
            double[] towardMine = reach[i];
            if (mine.length == 0 || i == source || !protector.alive) {
                continue;
            }
            boolean allied = d.allied(i, source);
            double discount = Double.NaN; // looked up once per protector, only if needed
            for (int x = 0; x < mine.length; x++) {
                int k = mine[x];
                if (k == source || base[k] <= 0) {
                    continue; // no threat to share (threats are never negative)
                }
                double felt = share * base[k] * towardMine[x];
                if (allied) {
                    if (Double.isNaN(discount)) {
                        discount = allyDiscount(w, i, source);
                    }
                    felt *= discount; // a protector fears its own ally only as far as it fears it
                }
                if (felt > col[i]) {
                    col[i] = felt;
                }
            }
        }
    }

    /**
     * {@link #extend} for every source at once, laid out by rows: for each protector i and protégé k, the row of
     * threats k feels is shared into i's row. Same rule and the same arithmetic as {@link #extend} (each pair sees
     * its protégés in the same order and keeps the largest share), but the table is read in memory order and no
     * column is copied. {@code direct} holds the threats before extension; {@code threat} gets them extended (every row written).
     */
    static void extendAll(World w, Derived d, double[] direct, double[] threat, int[][] proteges, double[][] reach) {
        extendAll(w, d, direct, threat, proteges, reach, null, null, null, null);
    }

    /**
     * {@link #extendAll(World, Derived, double[], double[], int[][], double[][])} after a derivation {@code before}
     * (its threats) from the same rules, ties and reach, in which only the direct threats listed in {@code dirty} (per
     * observer, see {@link #dirtyColumns}) may differ: a protector's share of a source's threat is derived again only if
     * its own direct threat from that source or a protégé's was derived anew, and kept from {@code before} otherwise.
     * With {@code dirty} null every protector's row is derived. Protector rows are shared out to {@code workers}
     * (null: this thread alone), each thread with scratch and protégé shares of its own. Every row of {@code threat} is
     * written (what it held before is never read): {@code direct}'s, raised by the shares of protégés' threats; it may
     * be {@code before} itself, whose row i only protector i reads, and reads before writing it. {@code protegeShares},
     * when given, holds rows one thread may write its protégés' shared threats into (null: new rows).
     */
    static void extendAll(World w, Derived d, double[] direct, double[] threat, int[][] proteges, double[][] reach,
                          int[][] dirty, double[] before, Workers workers, double[][] protegeShares) {
        double share = w.rules.threat.protectorShare;
        if (share <= 0) {
            System.arraycopy(direct, 0, threat, 0, direct.length);
            return;
        }
        int n = d.n;
        var reusable = new java.util.concurrent.atomic.AtomicReference<double[][]>(protegeShares);
        Workers.rows(workers, n, () -> {
            // i's ally discount toward each source, 1 where they are not allies (x·1 = x exactly), so the inner loop has
            // no branch; a protégé's own entry and one's threat to nobody are 0 and never raise anything
            double[] discount = new double[n];
            int[] stamp = new int[n];
            int[] sources = new int[n];
            // the workspace's rows to the first thread that asks (each thread writes its own), new ones to any other
            SharedThreats shares = new SharedThreats(n, reusable.getAndSet(null));
            return (from, to) -> {
                for (int i = from; i < to; i++) {
                    extendProtector(w, d, i, direct, threat, proteges[i], reach[i], dirty, before, discount, stamp,
                            sources, shares, share);
                }
            };
        });
    }

    /** Protector {@code i}'s row of {@link #extendAll}: the shares of the sources it must derive again, or the whole row. */
    private static void extendProtector(World w, Derived d, int i, double[] direct, double[] threat, int[] mine,
                                        double[] towardMine, int[][] dirty, double[] before, double[] discount,
                                        int[] stamp, int[] sources, SharedThreats shares, double share) {
        int n = d.n;
        if (mine.length == 0 || !w.nation(i).alive) {
            System.arraycopy(direct, i * n, threat, i * n, n); // protects nobody: its threats are its direct ones
            return;
        }
        int count = dirty == null ? -1 : changedSources(dirty, i, mine, stamp, sources);
        if (count >= 0) {
            System.arraycopy(before, i * n, threat, i * n, n); // nothing when threat is before itself
            for (int c = 0; c < count; c++) {
                int source = sources[c];
                double held = direct[i * n + source];
                double discounted = d.allied(i, source) ? allyDiscount(w, i, source) : 1;
                for (int x = 0; x < mine.length; x++) {
                    double felt = share * direct[mine[x] * n + source] * towardMine[x] * discounted;
                    held = felt > held ? felt : held;
                }
                threat[i * n + source] = source == i ? direct[i * n + i] : held;
            }
            return;
        }
        for (int source = 0; source < n; source++) {
            discount[source] = d.allied(i, source) ? allyDiscount(w, i, source) : 1;
        }
        extendRow(i, direct, threat, mine, towardMine, discount, shares, share, n);
    }

    /**
     * What the protector rows of one {@link #extendAll} on one thread share: each protégé's threats times the protector
     * share, made the first time a protector needs them and kept for its other protectors (a bloc's members protect
     * each other), with whether they are {@link #plainFigures}; and the row being worked on. The rows are written into
     * arrays {@code reused} from an earlier derivation where given ({@link Derived.Workspace#protegeShares}), else new.
     */
    private static final class SharedThreats {
        final double[][] rows;
        /** Whether {@link #rows}{@code [k]} holds this derivation's figures yet. */
        final boolean[] made;
        final boolean[] plain;
        final double[] held;

        SharedThreats(int n, double[][] reused) {
            rows = reused != null ? reused : new double[n][];
            made = new boolean[n];
            plain = new boolean[n];
            held = new double[n];
        }

        double[] of(int k, double[] direct, double share, int n) {
            double[] shared = rows[k];
            if (!made[k]) {
                if (shared == null) {
                    shared = new double[n];
                    rows[k] = shared;
                }
                for (int source = 0; source < n; source++) {
                    shared[source] = share * direct[k * n + source];
                }
                made[k] = true;
                plain[k] = plainFigures(shared, n);
            }
            return shared;
        }
    }

    /**
     * Protector {@code i}'s whole row of {@link #extendAll}: each protégé's shared threats times the reach toward it
     * and the ally discount raise the row where they are larger, in the order of the rule's words
     * (share·T·reach·discount). The row is worked on apart and every array is read from its start, so the compiler can
     * take four sources at a time; as long as every figure is a number and none is negative (threats never are) the
     * larger of two is the one the rule keeps, and should one not be, the row is raised exactly as the rule words it
     * (a NaN shared never wins, a held −0 stays).
     */
    private static void extendRow(int i, double[] direct, double[] threat, int[] mine, double[] towardMine,
                                  double[] discount, SharedThreats shares, double share, int n) {
        int row = i * n;
        double[] held = shares.held;
        System.arraycopy(direct, row, held, 0, n);
        double own = held[i]; // a protector does not fear itself through its protégés
        boolean plain = plainFigures(held, n) && plainFigures(discount, n) && plainFigures(towardMine, towardMine.length);
        for (int x = 0; x < mine.length; x++) {
            int k = mine[x];
            double[] shared = shares.of(k, direct, share, n);
            double toward = towardMine[x];
            if (plain && shares.plain[k]) {
                for (int source = 0; source < n; source++) {
                    held[source] = Math.max(held[source], shared[source] * toward * discount[source]);
                }
            } else {
                for (int source = 0; source < n; source++) {
                    double felt = shared[source] * toward * discount[source];
                    held[source] = felt > held[source] ? felt : held[source];
                }
            }
        }
        held[i] = own;
        System.arraycopy(held, 0, threat, row, n);
    }

    /**
     * True if the first {@code n} figures are finite and not negative, −0 included (sign bit clear, below infinity):
     * among such figures and their products {@code Math.max} picks what {@code felt > held ? felt : held} picks.
     */
    private static boolean plainFigures(double[] figures, int n) {
        boolean plain = true;
        for (int k = 0; k < n; k++) {
            long bits = Double.doubleToRawLongBits(figures[k]);
            plain &= bits >= 0 && bits < 0x7FF0000000000000L;
        }
        return plain;
    }

    /**
     * The sources whose share protector {@code i} must derive again, into {@code sources} (their count), or -1 when
     * its own row or a protégé's was derived anew as a whole. {@code stamp} marks sources already listed, by {@code i + 1}.
     */
    private static int changedSources(int[][] dirty, int i, int[] mine, int[] stamp, int[] sources) {
        if (dirty[i] == null) {
            return -1;
        }
        for (int k : mine) {
            if (dirty[k] == null) {
                return -1;
            }
        }
        int count = 0;
        for (int c : dirty[i]) {
            if (stamp[c] != i + 1) {
                stamp[c] = i + 1;
                sources[count++] = c;
            }
        }
        for (int k : mine) {
            for (int c : dirty[k]) {
                if (stamp[c] != i + 1) {
                    stamp[c] = i + 1;
                    sources[count++] = c;
                }
            }
        }
        return count;
    }

    /**
     * How far each protector reaches each of its protégés: the gradient at their distance, once per derivation;
     * {@code prev}'s when it was computed for the same protégés and distances and no state's reach has changed.
     */
    static Derived.Reach reach(World w, double[] distance, int[][] proteges, Derived.Reach prev) {
        int n = w.size();
        double[] stateReach = new double[n];
        for (int i = 0; i < n; i++) {
            stateReach[i] = w.nation(i).reach;
        }
        if (prev != null && prev.proteges == proteges && prev.distance == distance
                && java.util.Arrays.equals(prev.stateReach, stateReach)) {
            return prev;
        }
        double[][] reach = new double[proteges.length][];
        for (int i = 0; i < proteges.length; i++) {
            reach[i] = new double[proteges[i].length];
            for (int x = 0; x < proteges[i].length; x++) {
                reach[i][x] = gradient(stateReach[i], distance[i * n + proteges[i][x]]);
            }
        }
        return new Derived.Reach(proteges, distance, stateReach, reach);
    }

    /** For each state, the states it protects: its allies and the states it guarantees (not coalition partners). */
    public static int[][] proteges(World w) {
        int n = w.size();
        int[] count = new int[n];
        for (Treaty t : w.treaties) {
            if (t.type() == TreatyType.ALLIANCE) {
                count[t.a()]++;
                count[t.b()]++;
            } else if (t.type() == TreatyType.GUARANTEE) {
                count[t.a()]++;
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[count[i]];
        }
        java.util.Arrays.fill(count, 0);
        for (Treaty t : w.treaties) {
            if (t.type() == TreatyType.ALLIANCE) {
                out[t.a()][count[t.a()]++] = t.b();
                out[t.b()][count[t.b()]++] = t.a();
            } else if (t.type() == TreatyType.GUARANTEE) {
                out[t.a()][count[t.a()]++] = t.b();
            }
        }
        // each list without repeats, first occurrence kept (treaty order)
        int[] seenBy = new int[n];
        for (int i = 0; i < n; i++) {
            int[] list = out[i];
            int kept = 0;
            for (int k : list) {
                if (seenBy[k] != i + 1) {
                    seenBy[k] = i + 1;
                    list[kept++] = k;
                }
            }
            if (kept < list.length) {
                out[i] = java.util.Arrays.copyOf(list, kept);
            }
        }
        return out;
    }

    /** Overreach of j: the hostility the world remembers of it, weighted by each observer's power. */
    public static double overreach(World w, Derived d, int j) {
        double sum = 0;
        double[] row = w.memory.row(j);
        for (int i = 0; i < row.length; i++) {
            if (i != j) {
                sum += d.power[i] * row[i];
            }
        }
        return sum;
    }

    /**
     * {@link #overreach} of the first {@code count} states of {@code states}, into {@code out}: four states at a time,
     * each with a sum of its own taken in the very order {@link #overreach} takes it (the same figure to the last bit),
     * so that four sums advance together instead of each addition waiting for the one before it.
     */
    static void overreachOf(World w, Derived d, int[] states, int count, double[] out) {
        double[] power = d.power;
        int x = 0;
        for (; x + 4 <= count; x += 4) {
            int j0 = states[x], j1 = states[x + 1], j2 = states[x + 2], j3 = states[x + 3];
            double[] r0 = w.memory.row(j0), r1 = w.memory.row(j1), r2 = w.memory.row(j2), r3 = w.memory.row(j3);
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int i = 0; i < power.length; i++) {
                double p = power[i];
                if (i != j0) {
                    s0 += p * r0[i];
                }
                if (i != j1) {
                    s1 += p * r1[i];
                }
                if (i != j2) {
                    s2 += p * r2[i];
                }
                if (i != j3) {
                    s3 += p * r3[i];
                }
            }
            out[j0] = s0;
            out[j1] = s1;
            out[j2] = s2;
            out[j3] = s3;
        }
        for (; x < count; x++) {
            out[states[x]] = overreach(w, d, states[x]);
        }
    }

    /**
     * How the world would see {@code source} in a speculative copy: power shares recomputed from its figures,
     * distances recomputed only if ownership changed, and the threat every observer would feel from the source.
     * The returned derived figures share the base threat table, which is stale for the source's column: read that
     * column from {@link Outlook#towardSource()}.
     */
    public static Outlook outlook(World w, int source, boolean geometryChanged) {
        int n = w.size();
        Derived base = w.derived;
        double[] latent = new double[n];
        double[] mobilised = new double[n];
        double[] power = new double[n];
        powerShares(w, latent, mobilised, power);
        double[] distance = geometryChanged ? distances(w, base, owners(w)) : base.distance;
        Derived.Links links = links(w, base);
        Derived.Reach reach = reach(w, distance, links.proteges, base.reach);
        Derived spec = new Derived(n, latent, mobilised, power, distance, base.threat, base.overreach, links.ties,
                geometryChanged ? null : base.owners, w.geography, null, links, reach);
        double[] toward = new double[n];
        for (int i = 0; i < n; i++) {
            toward[i] = directThreat(w, spec, i, source, intentionFloor(w, w.nation(i)), null, null);
        }
        extend(w, spec, source, toward, links.proteges, reach.reach);
        return new Outlook(spec, toward, overreach(w, spec, source));
    }

    /** Threat every observer feels from {@code source} according to {@code d}. */
    public static double[] column(Derived d, int source) {
        double[] c = new double[d.n];
        for (int i = 0; i < d.n; i++) {
            c[i] = d.threat(i, source);
        }
        return c;
    }

    /** A speculative view of one state: see {@link #outlook}. */
    public record Outlook(Derived derived, double[] towardSource, double overreach) {
    }
}
