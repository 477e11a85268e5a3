package org.balancedrealism.model;

import java.util.ArrayList;
import java.util.List;

/** A balancing coalition against one state (DESIGN §4.4), with the record of why it formed. */
public final class Coalition {
    public int id;
    public int target;
    public int leader;
    public List<CoalitionMember> members = new ArrayList<>();
    public int formedTurn;
    /** Consecutive turns the members' mean threat from the target stayed under the dissolve threshold. */
    public int lowThreatTurns;
    /** Projected power of the members and of the target's side when it formed, and the κ test. */
    public double memberPower;
    public double targetPower;
    /** Narrative of why it formed: threat figures and the target's acts. */
    public String why = "";

    public boolean hasMember(int state) {
        for (CoalitionMember m : members) {
            if (m.state() == state) {
                return true;
            }
        }
        return false;
    }

    public Coalition copy() {
        Coalition c = new Coalition();
        c.id = id;
        c.target = target;
        c.leader = leader;
        c.members = new ArrayList<>(members);
        c.formedTurn = formedTurn;
        c.lowThreatTurns = lowThreatTurns;
        c.memberPower = memberPower;
        c.targetPower = targetPower;
        c.why = why;
        return c;
    }
}
