package org.balancedrealism.ui.menu;

/**
 * The places a menu entry can take, in the order menus show them (DESIGN §9). A menu shows only the slots that
 * something registered: an entry whose feature is not there yet is absent, never a dead button.
 */
public enum MenuSlot {
    RESUME,
    CLASSROOM_MESSAGES,
    CONTINUE,
    NEW_CAMPAIGN,
    TUTORIAL,
    HOT_SEAT,
    HOST_CLASSROOM,
    JOIN_CLASSROOM,
    SEMINAR,
    SAVE_GAME,
    LOAD_GAME,
    SETTINGS,
    PRIMER,
    ABOUT,
    EXIT_TO_MAIN_MENU,
    QUIT
}
