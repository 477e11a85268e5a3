package org.balancedrealism.ui.tutorial;

/** The steps of the guided first game, in order, each with what the coach says (plain words, no figures). */
public enum TutorialStep {
    SELECT_STATE("Pick a country",
            "Click any country on the map other than your own. The panel on the right shows how it sees you."),
    READ_THREAT("See who fears you",
            "Open the Threat map mode in the bar above the map. Its legend shows how much each country fears "
                    + "you; the panel on the right says why. Frightened countries band together."),
    PREVIEW_MOVE("Try a move before making it",
            "In the panel on the right, pick a move (trade, aid, a treaty). Its preview shows what it would do "
                    + "to your standing and to the risk of a coalition, before you commit."),
    END_TURN("End the turn",
            "Press End turn (or Enter). Every country moves at once; the computer plays the others."),
    READ_REPORT("Read the report",
            "The turn report tells what changed, ranked by how much it matters to you. Close it when you have "
                    + "read it."),
    SEE_COALITION("Watch a coalition form",
            "When a country grows too strong or too aggressive, others join forces against it. Keep ending turns; "
                    + "the coach tells you when a coalition forms and why."),
    DONE("You are ready",
            "That is the whole loop: look, preview, act, read what happened. Play on, or open the Theory primer "
                    + "from the menu to learn why states behave this way.");

    private final String title;
    private final String text;

    TutorialStep(String title, String text) {
        this.title = title;
        this.text = text;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    /** The step after this one (DONE stays DONE). */
    public TutorialStep next() {
        return this == DONE ? DONE : values()[ordinal() + 1];
    }
}
