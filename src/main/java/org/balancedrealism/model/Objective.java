package org.balancedrealism.model;

/**
 * A scenario objective for one state.
 *
 * @param nation           id of the state that holds it
 * @param id               unique id
 * @param text             what the player reads
 * @param type             power-share | contain | survive
 * @param threshold        power-share: share of world power to reach
 * @param noCoalitionTurns power-share: consecutive turns with no coalition against the holder
 * @param target           contain: id of the rival to contain
 * @param withoutWar       contain: the holder must not fight a war with the target
 */
public record Objective(String nation, String id, String text, String type, double threshold, int noCoalitionTurns,
                        String target, boolean withoutWar) {
}
