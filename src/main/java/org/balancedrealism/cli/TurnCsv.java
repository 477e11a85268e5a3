package org.balancedrealism.cli;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.ThreatFactors;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV files written turn by turn into a run's output folder: the one mechanism behind {@code run} and
 * {@code simulate}. Each {@link Table} names its file and header and writes its rows for the world as it stands
 * after a turn; {@link #afterTurn} appends every table's rows.
 */
final class TurnCsv implements AutoCloseable {
    /** One CSV file: its rows for the world after a turn. */
    interface Table {
        String file();

        String header();

        void rows(World w, Writer out) throws IOException;
    }

    private final List<Table> tables;
    private final List<Writer> writers = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    private TurnCsv(List<Table> tables) {
        this.tables = tables;
    }

    /** Creates the folder and the files, each with its header. */
    static TurnCsv open(Path dir, Table... tables) throws IOException {
        Files.createDirectories(dir);
        TurnCsv csv = new TurnCsv(List.of(tables));
        try {
            for (Table t : tables) {
                Path file = dir.resolve(t.file());
                Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                csv.writers.add(out);
                csv.files.add(file);
                out.write(t.header());
                out.write('\n');
            }
        } catch (IOException | RuntimeException e) {
            csv.close();
            throw e;
        }
        return csv;
    }

    /** Appends every table's rows for the world as it stands after a turn. */
    void afterTurn(World w) throws IOException {
        for (int k = 0; k < tables.size(); k++) {
            tables.get(k).rows(w, writers.get(k));
        }
    }

    List<Path> files() {
        return List.copyOf(files);
    }

    /** "a, b and c" for the closing line of a command. */
    static String list(List<Path> paths) {
        List<String> names = new ArrayList<>();
        for (Path p : paths) {
            names.add(p.toString());
        }
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Writer out : writers) {
            try {
                out.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Per state per turn: power, economy, forces, overreach, threat, alignment, war, coalition (simulate). */
    static final Table STATES = table("states.csv",
            "turn,date,state,power,gdp,military,treasury,overreach,max_threat,main_threat,alignment,at_war,coalition_against",
            (w, out) -> {
                for (int i = 0; i < w.size(); i++) {
                    Nation s = w.nation(i);
                    if (!s.alive) {
                        continue;
                    }
                    out.write(String.format(Locale.ROOT, "%d,%s,%s,%.5f,%.1f,%.1f,%.1f,%.2f,%.3f,%s,%s,%b,%b%n", w.turn,
                            w.dateLabel(), s.id, w.derived.power[i], s.gdp, s.military, s.treasury,
                            w.derived.overreach[i], w.derived.maxThreat(i), s.mainThreat < 0 ? "" : w.id(s.mainThreat),
                            s.alignment, w.atWar(i), w.coalitionAgainst(i) != null));
                }
            });

    /** Per turn per coalition per member: who leads it, against whom, since when, with troops or not. */
    static final Table COALITIONS = table("coalitions.csv",
            "turn,date,coalition,target,leader,member,joined_turn,troops",
            (w, out) -> {
                for (Coalition c : w.coalitions) {
                    for (CoalitionMember m : c.members) {
                        out.write(String.format(Locale.ROOT, "%d,%s,%d,%s,%s,%s,%d,%b%n", w.turn, w.dateLabel(), c.id,
                                w.id(c.target), w.id(c.leader), w.id(m.state()), m.joinedTurn(), m.troops()));
                    }
                }
            });

    /** Pairs with at least this threat are written (up to {@link #THREATS_PER_OBSERVER} per observer). */
    static final double THREAT_FLOOR = 0.2;
    /** At most this many sources per observer and turn (its strongest), so a full-world run stays small. */
    static final int THREATS_PER_OBSERVER = 5;

    /**
     * Per turn, the pairs that matter: for each living observer its main threat (always) and the sources it fears at
     * {@link #THREAT_FLOOR} or more (its strongest {@link #THREATS_PER_OBSERVER}), with the four factors.
     */
    static final Table THREATS = table("threats.csv",
            "turn,date,observer,source,power,proximity,offence,intentions,allied,threat,main_threat",
            (w, out) -> {
                Derived d = w.derived;
                for (int i = 0; i < w.size(); i++) {
                    if (!w.nation(i).alive) {
                        continue;
                    }
                    int main = d.mainThreat(i);
                    for (int j : sources(d, i, main)) {
                        ThreatFactors f = Perception.factors(w, d, i, j);
                        out.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%.3f,%.3f,%.3f,%.3f,%b,%.3f,%b%n", w.turn,
                                w.dateLabel(), w.id(i), w.id(j), f.power(), f.proximity(), f.offence(), f.intentions(),
                                f.allied(), f.threat(), j == main));
                    }
                }
            });

    /** The sources written for observer {@code i}: strongest first, main threat always included. */
    static int[] sources(Derived d, int i, int main) {
        List<Integer> over = new ArrayList<>();
        for (int j = 0; j < d.n; j++) {
            if (j != i && d.threat(i, j) >= THREAT_FLOOR) {
                over.add(j);
            }
        }
        over.sort((a, b) -> d.threat(i, a) != d.threat(i, b) ? Double.compare(d.threat(i, b), d.threat(i, a))
                : Integer.compare(a, b));
        List<Integer> keep = new ArrayList<>(over.subList(0, Math.min(THREATS_PER_OBSERVER, over.size())));
        if (main >= 0 && !keep.contains(main)) {
            keep.add(0, main);
        }
        return keep.stream().mapToInt(Integer::intValue).toArray();
    }

    private interface Rows {
        void write(World w, Writer out) throws IOException;
    }

    private static Table table(String file, String header, Rows rows) {
        return new Table() {
            @Override
            public String file() {
                return file;
            }

            @Override
            public String header() {
                return header;
            }

            @Override
            public void rows(World w, Writer out) throws IOException {
                rows.write(w, out);
            }
        };
    }
}
