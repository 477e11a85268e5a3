package org.balancedrealism.cli;

import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.session.Branching;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code branch <save> --turn N --out NAME}: a new game from turn N of a saved one, replayed and saved as NAME. */
@Command(name = "branch", mixinStandardHelpOptions = true,
        description = "Start a new game from turn N of a saved game (replayed from its seed and orders) and save it "
                + "under a new name in the same folder.")
public final class BranchCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "save file, or the name of a save in the saves folder")
    String save;

    @Option(names = "--turn", required = true, description = "the turn to branch from (0 = the start)")
    int turn;

    @Option(names = "--out", required = true, description = "name of the new save")
    String name;

    @Override
    public Integer call() throws IOException, DataFileException {
        Path file = SavePaths.resolve(save);
        SaveGames folder = SavePaths.folderOf(file);
        SaveGame game = folder.load(file);
        List<String> problems = Branching.check(game, turn);
        if (!problems.isEmpty()) {
            System.err.println(problems.get(0));
            return 1;
        }
        try {
            Path written = Branching.branch(folder, game, Branching.from(ScenarioSource.SHIPPED), turn, name);
            System.out.println("Branched " + file.getFileName() + " at turn " + turn + " of " + game.world.turn + ": "
                    + written);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
