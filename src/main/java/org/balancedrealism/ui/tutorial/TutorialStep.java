package org.balancedrealism.ui.tutorial;

import org.balancedrealism.text.Texts;

/** The steps of the guided first game, in order, each with what the coach says (plain words, no figures). */
public enum TutorialStep {
    SELECT_STATE, READ_THREAT, PREVIEW_MOVE, END_TURN, READ_REPORT, SEE_COALITION, DONE;

    /** What the coach calls this step, in the player's language. */
    public String title() {
        return Texts.get("tutorial." + name() + ".title");
    }

    /** What the coach says at this step, in the player's language. */
    public String text() {
        return Texts.get("tutorial." + name() + ".text");
    }

    /** The step after this one (DONE stays DONE). */
    public TutorialStep next() {
        return this == DONE ? DONE : values()[ordinal() + 1];
    }
}
