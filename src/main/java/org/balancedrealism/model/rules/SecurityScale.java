package org.balancedrealism.model.rules;

import java.util.List;

/** The names a move value's {@code securityScale} may take (see {@link Rules.MoveValue}). */
public final class SecurityScale {
    public static final String NONE = "none";
    public static final String TARGET_THREAT = "target-threat";
    public static final String MAIN_THREAT = "main-threat";
    public static final String MUTUAL_THREAT = "mutual-threat";
    public static final String AGGRESSOR_THREAT = "aggressor-threat";
    public static final String ENEMY_THREAT = "enemy-threat";
    public static final List<String> NAMES = List.of(NONE, TARGET_THREAT, MAIN_THREAT, MUTUAL_THREAT, AGGRESSOR_THREAT, ENEMY_THREAT);

    private SecurityScale() {
    }

    public static boolean known(String name) {
        return name != null && NAMES.contains(name);
    }
}
