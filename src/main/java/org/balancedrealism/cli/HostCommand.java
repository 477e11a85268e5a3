package org.balancedrealism.cli;

import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.net.ClassroomHost;
import org.balancedrealism.net.HostedGame;
import org.balancedrealism.session.AiOrders;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.session.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code host <scenario|save> --seat RUS:password --seat UKR …}: a classroom host on a lab machine, without a window.
 * Prints where students join, the join code(s) and the seats; plays until every game is over or Ctrl+C, autosaving
 * every turn and saving each game when it stops. A hosted save hosted again keeps its seats and their passwords.
 */
@Command(name = "host", mixinStandardHelpOptions = true,
        description = "Host a classroom game: students join from their own computers with the address, the join code, "
                + "their seat and its password.")
public final class HostCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "scenario id, or a save (file or name in the saves folder) to host again")
    String source;

    @Option(names = "--seat", description = "a seat for students: STATE or STATE:PASSWORD (repeat; scenario only)")
    List<String> seats = new ArrayList<>();

    @Option(names = "--bind", description = "the address to listen on (default: this computer's local-network address;"
            + " 127.0.0.1 for this computer only; 0.0.0.0 for every network)")
    String bind;

    @Option(names = "--port", defaultValue = "7777", description = "port (default ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--turn-minutes", defaultValue = "10",
            description = "minutes a turn lasts before it ends by itself (0: no deadline; default ${DEFAULT-VALUE})")
    double turnMinutes;

    @Option(names = "--seed", defaultValue = "1", description = "random seed of a new game (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--games", defaultValue = "1",
            description = "parallel worlds: games of the same start, each with its own join code (default ${DEFAULT-VALUE})")
    int games;

    @Option(names = "--saves", description = "folder for saves and autosaves (default: the saves folder of the settings)")
    Path savesFolder;

    @Option(names = "--name", defaultValue = "classroom", description = "name of the saves written when the host stops")
    String name;

    @Override
    public Integer call() throws IOException, DataFileException {
        if (games < 1 || games > 20) {
            System.err.println("--games is between 1 and 20.");
            return 2;
        }
        SaveGames folder = savesFolder == null ? SaveGames.fromSettings() : new SaveGames(savesFolder);
        List<GameSession> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < games; i++) {
                sessions.add(newSession(folder, i));
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (sessions.get(0).liveHumanSeats().isEmpty()) {
            System.err.println("No seat for students: name at least one with --seat STATE[:PASSWORD].");
            return 2;
        }
        String address = bind == null || bind.isBlank() ? ClassroomHost.defaultAddress() : bind.strip();
        Duration turn = Duration.ofMillis(Math.round(Math.max(0, turnMinutes) * 60_000));
        ClassroomHost host;
        try {
            host = ClassroomHost.start(address, port);
        } catch (RuntimeException e) {
            System.err.println("Cannot listen on " + address + ":" + port + ": " + rootMessage(e));
            return 1;
        }
        List<HostedGame> hosted = new ArrayList<>();
        for (GameSession s : sessions) {
            hosted.add(host.addGame(s, turn));
        }
        System.out.println(host.bindNotice());
        System.out.println("Students join at: " + String.join("  or  ", host.joinAddresses()));
        for (int i = 0; i < hosted.size(); i++) {
            HostedGame g = hosted.get(i);
            System.out.println((hosted.size() > 1 ? "World " + (i + 1) + " — " : "") + "join code " + g.code()
                    + "  · seats: " + seatList(g.session()));
        }
        System.out.println(turn.isZero() ? "Turns end when every seat is ready (no deadline)."
                : "Turns end when every seat is ready, or after " + formatMinutes(turnMinutes) + ".");
        System.out.println("Stop with Ctrl+C: each game is saved in " + folder.folder().toAbsolutePath() + ".");

        CountDownLatch over = new CountDownLatch(1);
        for (HostedGame g : hosted) {
            g.addListener(() -> {
                if (hosted.stream().allMatch(h -> h.session().isOver())) {
                    over.countDown();
                }
            });
        }
        Thread saver = new Thread(() -> saveAll(host, hosted, folder), "classroom-save");
        Runtime.getRuntime().addShutdownHook(saver);
        try {
            over.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(saver);
        saveAll(host, hosted, folder);
        return 0;
    }

    private GameSession newSession(SaveGames folder, int world) throws IOException, DataFileException {
        // parallel worlds autosave each into a folder of its own, so their autosaves do not overwrite each other
        SaveGames autosaves = games == 1 ? folder : new SaveGames(folder.folder().resolve(name + "-world-" + (world + 1)));
        Sessions factory = new Sessions(new AiOrders(), () -> autosaves);
        Path file = SavePaths.resolve(source);
        if (Files.isRegularFile(file)) {
            if (!seats.isEmpty()) {
                throw new IllegalArgumentException("A save keeps its own seats and passwords: leave out --seat.");
            }
            SaveGame save = SavePaths.folderOf(file).load(file);
            return factory.loaded(save);
        }
        Games.Loaded scenario = Games.load(source);
        List<Seat> list = new ArrayList<>();
        for (String s : seats) {
            int colon = s.indexOf(':');
            String state = (colon < 0 ? s : s.substring(0, colon)).strip();
            String password = colon < 0 ? null : s.substring(colon + 1);
            list.add(Seat.human(state, state, password));
        }
        return factory.hotSeat(scenario, seed, list);
    }

    private static String seatList(GameSession s) {
        List<String> out = new ArrayList<>();
        for (Seat seat : s.seats()) {
            if (seat.human()) {
                out.add(seat.stateId() + " (" + s.stateName(seat.stateId()) + (seat.hasPassword() ? ", password" : "")
                        + ")");
            }
        }
        return String.join(", ", out);
    }

    private void saveAll(ClassroomHost host, List<HostedGame> hosted, SaveGames folder) {
        host.close();
        for (int i = 0; i < hosted.size(); i++) {
            String file = hosted.size() == 1 ? name : name + "-world-" + (i + 1);
            try {
                Path written = hosted.get(i).session().save(folder, file);
                System.out.println("Saved " + written);
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not save " + file + ": " + e.getMessage());
            }
        }
    }

    private static String formatMinutes(double m) {
        return m == Math.rint(m) ? (long) m + " minutes" : m + " minutes";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
