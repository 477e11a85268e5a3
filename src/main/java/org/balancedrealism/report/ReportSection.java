package org.balancedrealism.report;

import org.balancedrealism.text.Texts;
/** The parts of a turn report, most personal first (DESIGN §9). */
public enum ReportSection {
    ME, NEIGHBOURHOOD, WORLD, ROUTINE;

    /** Its heading in the player's language ({@code report.section.*} in the bundles). */
    public String title() {
        return org.balancedrealism.text.Texts.get("report.section." + name());
    }
}
