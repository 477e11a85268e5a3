package org.balancedrealism.model;

/** A war that has ended: who attacked whom and when it ended (kept a few years for the AI's war rule). */
public record PastWar(int attacker, int defender, int endTurn) {
}
