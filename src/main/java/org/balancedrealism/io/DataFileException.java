package org.balancedrealism.io;

/**
 * A data file (map, rules, scenario, save, orders) that cannot be used. The message always names the file,
 * the field and the problem in words a player understands, so the UI and the command line show it as is.
 */
public class DataFileException extends Exception {
    private final String file;
    private final String field;
    private final String problem;

    public DataFileException(String file, String field, String problem) {
        this(file, field, problem, null);
    }

    public DataFileException(String file, String field, String problem, Throwable cause) {
        super(format(file, field, problem), cause);
        this.file = file;
        this.field = field;
        this.problem = problem;
    }

    private static String format(String file, String field, String problem) {
        return field == null || field.isEmpty()
                ? file + ": " + problem
                : file + ": field '" + field + "': " + problem;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
