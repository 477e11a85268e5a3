package org.balancedrealism.ui.classroom;

import org.balancedrealism.io.SaveGames;
import org.balancedrealism.net.ClassroomClient;
import org.balancedrealism.net.ClassroomHost;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.net.HostedGame;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.ui.UiShell;

import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The classroom from the main menu (DESIGN §12): "Host a classroom game" (setup, then the host's status screen; while
 * a host runs, the entry reopens its status) and "Join a classroom game" (the join form, then the normal game screen
 * for the seat, through {@link org.balancedrealism.net.RemoteSeatSession}).
 *
 * <p>Each world on the status screen has an "Instructor console" button; it calls the hook set with
 * {@link #setConsoleOpener} with that world ({@link HostedGame}: its game, its own clock and its join code) and the
 * title to show: the app opens the console (ui/console) on it. Without a hook the buttons are off and say why.
 */
public final class ClassroomScreens {
    private static final Logger LOG = Logger.getLogger(ClassroomScreens.class.getName());
    /**
     * Parallel worlds autosave each into a folder of its own inside the saves folder, "classroom-world-1", "-2"…, so
     * they do not overwrite each other; Continue looks into them too.
     */
    public static final String WORLD_FOLDER_PREFIX = "classroom-world-";

    private final UiShell shell;
    private BiConsumer<HostedGame, String> consoleOpener;
    private ClassroomHost running;

    public ClassroomScreens(UiShell shell) {
        this.shell = shell;
    }

    /**
     * Who opens the instructor's console on one world of the running host, given the console's title (which says the
     * world and its join code); null: no console, the buttons are off.
     */
    public void setConsoleOpener(BiConsumer<HostedGame, String> opener) {
        this.consoleOpener = opener;
    }

    /** The host this app runs, or null. */
    public ClassroomHost runningHost() {
        return running;
    }

    /** The host setup, or the running host's status. */
    public void openHost() {
        if (running != null) {
            openStatus();
            return;
        }
        shell.screens().open(new HostSetup(shell.scenarios(), shell.scenarioSource(), shell.sessions(), host -> {
            running = host;
            shell.screens().close();
            openStatus();
        }).build());
    }

    private void openStatus() {
        shell.screens().open(new HostStatus(running, consoleOpener, this::stopHosting).build());
    }

    /** Saves each game of the host (as "classroom-CODE") and stops it. */
    public void stopHosting() {
        ClassroomHost host = running;
        if (host == null) {
            return;
        }
        running = null;
        host.close();
        SaveGames saves = SaveGames.fromSettings();
        for (HostedGame g : host.games()) {
            try {
                g.session().save(saves, "classroom-" + g.code());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not save the classroom game " + g.code(), e);
            }
        }
        shell.screens().close();
    }

    /** The join form; joined, the game screen for the seat. */
    public void openJoin() {
        shell.screens().open(new JoinForm(seat -> {
            shell.screens().close();
            // the in-game menu (Esc) offers this seat's private messages
            shell.gameMenu().register(MenuSlot.CLASSROOM_MESSAGES, Texts.get("menu.classroomMessages"),
                    () -> openMessages(seat.client()));
            shell.startRemoteGame(seat);
        }).build());
    }

    /** The seat's private messages, over the game screen. */
    public void openMessages(ClassroomClient client) {
        shell.screens().open(new MessagesWindow(new RemoteSeatMessages(client)).build());
    }

    /**
     * The private messages of the seat on turn in a game played at this computer (hot-seat): only that seat's. The
     * window sits over the game screen, which takes no input while it shows, so the turn cannot pass to another
     * seat behind it. Does nothing between turns (no seat on turn).
     */
    public static void openSeatMessages(UiShell shell, GameSession session) {
        Seat seat = session.currentSeat();
        if (seat == null || session.isResolving() || session.isOver()) {
            return;
        }
        shell.screens().open(new MessagesWindow(new LocalSeatMessages(session, seat.stateId())).build());
    }

    /** True when a game played at this computer has someone to write to: a second seat, or an instructor. */
    public static boolean hasMessages(GameSession session) {
        return session.liveHumanSeats().size() > 1 || session.hasInstructor();
    }
}
