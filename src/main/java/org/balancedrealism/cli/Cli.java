package org.balancedrealism.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless entry point: JavaFX never starts here. */
@Command(name = "balanced-realism", mixinStandardHelpOptions = true, version = "Balanced Realism 0.1",
        description = "Headless tools: validate scenarios, run scripted games.",
        subcommands = {ValidateCommand.class, RunCommand.class})
public final class Cli {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Cli()).execute(args));
    }
}
