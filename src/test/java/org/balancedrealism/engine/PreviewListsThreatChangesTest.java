package org.balancedrealism.engine;

import org.balancedrealism.io.Games;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A preview lists the states whose threat changes as a stable sort of all of them would (the state acted upon first,
 * then the largest changes, equal changes in state order), however many change and however many are listed.
 */
class PreviewListsThreatChangesTest {

    /** What previews did before they kept only the few listed: sort them all, stably, and take the first. */
    private static List<MovePreview.ThreatChange> sortedAll(World w, int actor, String target, double[] before, double[] after, int listed) {
        List<MovePreview.ThreatChange> changes = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            double delta = after[i] - before[i];
            if (i != actor && Math.abs(delta) >= w.rules.alerts.previewThreatChange) {
                changes.add(new MovePreview.ThreatChange(w.id(i), before[i], after[i]));
            }
        }
        changes.sort((x, y) -> x.observer().equals(target) != y.observer().equals(target)
                ? (x.observer().equals(target) ? -1 : 1) : Double.compare(Math.abs(y.delta()), Math.abs(x.delta())));
        return List.copyOf(changes.subList(0, Math.min(listed, changes.size())));
    }

    @Test
    void theFewListedAreTheFirstOfAStableSortOfAll() throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            double[] before = new double[w.size()];
            double[] after = new double[w.size()];
            double share = random.nextDouble(); // how many states change
            for (int i = 0; i < w.size(); i++) {
                before[i] = random.nextInt(50) / 100.0;
                // coarse steps, so that many changes are level with each other; some too small to list
                after[i] = random.nextDouble() < share ? before[i] + (random.nextInt(9) - 4) / 200.0 : before[i] + 0.001;
            }
            int actor = random.nextInt(w.size());
            String target = random.nextInt(5) == 0 ? null : w.id(random.nextInt(w.size()));
            int listed = 1 + random.nextInt(14);
            assertEquals(sortedAll(w, actor, target, before, after, listed),
                    MovePreview.threatChanges(w, actor, target, before, after, listed), "round " + round);
        }
    }
}
