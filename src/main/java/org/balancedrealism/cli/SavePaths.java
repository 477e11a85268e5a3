package org.balancedrealism.cli;

import org.balancedrealism.io.SaveGames;

import java.nio.file.Files;
import java.nio.file.Path;

/** A save named on the command line: a path to a file, or the name of a save in the player's saves folder. */
final class SavePaths {
    private SavePaths() {
    }

    static Path resolve(String save) {
        Path p = Path.of(save);
        if (Files.isRegularFile(p)) {
            return p;
        }
        SaveGames folder = SaveGames.fromSettings();
        if (SaveGames.validName(save.endsWith(SaveGames.EXTENSION)
                ? save.substring(0, save.length() - SaveGames.EXTENSION.length()) : save)) {
            Path inFolder = folder.fileFor(save);
            if (Files.isRegularFile(inFolder)) {
                return inFolder;
            }
        }
        return p;
    }

    /** The saves folder a save lives in (its own folder when given as a path). */
    static SaveGames folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return new SaveGames(parent);
    }
}
