package org.balancedrealism.engine.move;

/** The three tabs of the move list; also the order in which a turn resolves moves. */
public enum MoveCategory {
    DIPLOMATIC, ECONOMIC, MILITARY;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
