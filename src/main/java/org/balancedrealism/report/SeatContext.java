package org.balancedrealism.report;

import java.util.List;
import java.util.Set;

/**
 * The few facts about one seat that ranking its report needs, as plain ids so they can come from the live world
 * or from a per-seat view alike.
 *
 * @param me                the seat's state id
 * @param neighbours        states next to it (land borders and sea links)
 * @param threats           the states it fears most, most feared first
 * @param coalitionsImIn    targets of the coalitions it is a member of (their news concerns it)
 */
public record SeatContext(String me, Set<String> neighbours, List<String> threats, Set<String> coalitionsImIn) {
    public SeatContext {
        neighbours = Set.copyOf(neighbours);
        threats = List.copyOf(threats);
        coalitionsImIn = Set.copyOf(coalitionsImIn);
    }

    public static SeatContext alone(String me) {
        return new SeatContext(me, Set.of(), List.of(), Set.of());
    }

    boolean nearby(String state) {
        return state != null && !state.equals(me) && (neighbours.contains(state) || threats.contains(state));
    }
}
