package org.balancedrealism.ui.game;

import java.util.List;

/** What the player chose on the new-game screen: a scenario, the state(s) held by humans, the seed. */
public record NewGameRequest(String scenarioId, List<String> humanStates, long seed) {
    public NewGameRequest {
        humanStates = List.copyOf(humanStates);
    }

    /** The first human state (the only one in a single-player campaign). */
    public String playerState() {
        return humanStates.isEmpty() ? null : humanStates.get(0);
    }
}
