package org.balancedrealism.report;

/** The parts of a turn report, most personal first (DESIGN §9). */
public enum ReportSection {
    ME("What happened to you"),
    NEIGHBOURHOOD("Your neighbourhood and threats"),
    WORLD("World headlines"),
    ROUTINE("Routine elsewhere");

    private final String title;

    ReportSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
