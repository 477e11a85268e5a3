package org.balancedrealism.io;

/** Finds a scenario with its map and rules by id: the shipped ones ({@link Games#load}) or, in tests, others. */
@FunctionalInterface
public interface ScenarioSource {
    Games.Loaded load(String scenarioId) throws DataFileException;

    /** The scenarios shipped with the game (and scenario files on disk named by path). */
    ScenarioSource SHIPPED = Games::load;
}
