package org.balancedrealism.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Headless entry point (JavaFX never starts): {@code validate}, {@code run}, {@code simulate}, {@code tournament},
 * {@code bench}, {@code stats}, {@code claims}, {@code debrief}, {@code branch}, {@code host}. Each subcommand is its own class; add new ones to {@code subcommands}.
 */
@Command(name = "balanced-realism", mixinStandardHelpOptions = true, version = "Balanced Realism 0.1",
        description = "Headless tools of Balanced Realism.",
        subcommands = {ValidateCommand.class, RunCommand.class, SimulateCommand.class, TournamentCommand.class, BenchCommand.class,
                StatsCommand.class, ClaimsCommand.class, DebriefCommand.class, BranchCommand.class, SoakCommand.class, HostCommand.class})
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Cli())
                .setExecutionExceptionHandler(Cli::dataFileProblem)
                .execute(args);
    }

    /** A bad scenario, orders or rules file is reported in one line naming the file and field, never a stack trace. */
    private static int dataFileProblem(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof org.balancedrealism.io.DataFileException) {
            cmd.getErr().println(e.getMessage());
            return 2;
        }
        if (e instanceof java.io.IOException) {
            cmd.getErr().println("Cannot read or write a file: " + e.getMessage());
            return 3;
        }
        throw e;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
