package org.balancedrealism.debrief;

import org.balancedrealism.io.SaveGame;
import org.balancedrealism.model.Message;
import org.balancedrealism.model.World;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The debrief's one page: what an instructor puts on the projector after the exercise. Plain HTML with its CSS
 * inline and the charts beside it, so the folder can be copied anywhere and opened in any browser.
 */
final class HtmlReport {
    private HtmlReport() {
    }

    static String html(GameRecord r, List<TurningPoints.Moment> moments, List<Debrief.ScoreRow> scores,
                       List<Debrief.ObjectiveRow> objectives, List<Path> charts, Path dir) {
        SaveGame save = r.save();
        World w = r.world();
        StringBuilder h = new StringBuilder();
        String title = w.title == null ? save.scenario : w.title;
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Debrief: ")
                .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style></head><body>\n<main>\n");
        h.append("<h1>Debrief: ").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"lead\">").append(w.turn).append(w.turn == 1 ? " turn" : " turns").append(" played, from ")
                .append(esc(w.dateLabel(0))).append(" to ").append(esc(w.dateLabel(w.turn))).append(" (seed ")
                .append(save.seed).append("). ");
        h.append(seatsSentence(r)).append("</p>\n");
        if (!r.matchesSave()) {
            h.append("<p class=\"warn\">Replaying the orders did not give exactly the saved game (the rules have "
                    + "changed since it was played): the figures over time are those of the replay; the scores at the "
                    + "end are those of the save.</p>\n");
        }
        h.append("<nav>").append(link("glance", "At a glance")).append(link("timeline", "Turning points"))
                .append(link("charts", "Charts")).append(link("scores", "Scores and objectives"))
                .append(link("orders", "Orders")).append(link("messages", "Messages")).append(link("files", "Files"))
                .append("</nav>\n");

        glance(h, r, moments, scores);
        timeline(h, moments);
        charts(h, r, charts, dir);
        scores(h, r, scores, objectives);
        orders(h, r);
        messages(h, r);
        h.append("<section id=\"files\"><h2>Files in this folder</h2><ul class=\"files\">\n");
        file(h, "figures.csv", "every state's power share, GDP, forces, overreach, threat and treasury, turn by turn");
        file(h, "seats-threat.csv", "for each seat, turn by turn: the fear it inspires, who fears it most, how many "
                + "states are afraid of it, and the fear it feels");
        file(h, "events.json", "every event of the game with the reasons behind it");
        file(h, "orders.json", "each seat's orders, turn by turn");
        file(h, "messages.json", "the private messages");
        file(h, "scores.csv", "the scores at the end");
        file(h, "objectives.json", "the scenario's objectives and whether they were met");
        file(h, "charts/", "the charts as PNG images");
        h.append("</ul></section>\n</main></body></html>\n");
        return h.toString();
    }

    private static String seatsSentence(GameRecord r) {
        StringBuilder sb = new StringBuilder();
        List<SaveGame.SeatEntry> seats = r.save().seats;
        if (seats.isEmpty()) {
            return "Every state was played by the computer.";
        }
        sb.append("Seats: ");
        for (int s = 0; s < seats.size(); s++) {
            SaveGame.SeatEntry e = seats.get(s);
            sb.append(s == 0 ? "" : s == seats.size() - 1 ? " and " : ", ").append("<b>").append(esc(e.name()))
                    .append("</b>");
            if (!e.name().equals(e.state())) {
                sb.append(" (").append(esc(r.name(e.state()))).append(")");
            }
            if (!e.human()) {
                sb.append(" [computer]");
            }
        }
        return sb.append(". Every other state was played by the computer.").toString();
    }

    private static void glance(StringBuilder h, GameRecord r, List<TurningPoints.Moment> moments,
                               List<Debrief.ScoreRow> scores) {
        h.append("<section id=\"glance\"><h2>At a glance</h2>\n<ul class=\"glance\">\n");
        List<GameRecord.TurnFigures> turns = r.turns();
        GameRecord.TurnFigures first = turns.get(0);
        GameRecord.TurnFigures last = turns.get(turns.size() - 1);
        World w = r.world();
        int top = Debrief.leaders(last.power(), 1).get(0);
        h.append("<li>The strongest state at the end is <b>").append(esc(w.name(top))).append("</b> with ")
                .append(pct(last.power()[top])).append(" of world power.</li>\n");
        long wars = moments.stream().filter(m -> m.heading().equals("War")).count();
        long coalitions = moments.stream().filter(m -> m.heading().equals("Coalition")).count();
        long injects = moments.stream().filter(m -> m.heading().equals("Inject")).count();
        h.append("<li>").append(count(wars, "war", "wars")).append(" began, ").append(count(coalitions, "coalition", "coalitions"))
                .append(" formed against a state that frightened its neighbours");
        h.append(injects > 0 ? ", and the instructor injected " + count(injects, "event", "events") + ".</li>\n" : ".</li>\n");
        for (int s = 0; s < r.seatIds().size(); s++) {
            String id = r.seatIds().get(s);
            int i = w.indexOf(id);
            h.append("<li><b>").append(esc(w.name(i))).append("</b>: power share ").append(pct(first.power()[i]))
                    .append(" → ").append(pct(last.power()[i])).append("; the strongest fear it inspires in another state ")
                    .append(level(first.feared()[s])).append(" → ").append(level(last.feared()[s]));
            if (!last.fearedMost()[s].isEmpty() && last.feared()[s] >= GameRecord.AFRAID) {
                h.append(" (most afraid: ").append(esc(r.name(last.fearedMost()[s]))).append(")");
            }
            h.append("; ").append(last.afraidOf()[s]).append(last.afraidOf()[s] == 1 ? " state is" : " states are")
                    .append(" afraid of it at the end.");
            if (!w.nation(i).alive) {
                h.append(" <b>It did not survive.</b>");
            }
            h.append("</li>\n");
        }
        h.append("</ul></section>\n");
    }

    private static void timeline(StringBuilder h, List<TurningPoints.Moment> moments) {
        h.append("<section id=\"timeline\"><h2>Turning points</h2>\n");
        h.append("<p class=\"help\">Wars, acts of aggression, coalitions and why they formed, the world's answers, "
                + "and the events of the scenario and of the instructor, turn by turn. Everyday diplomacy is left out "
                + "(it is in events.json).</p>\n");
        if (moments.isEmpty()) {
            h.append("<p>No war, coalition or crisis marked this game.</p></section>\n");
            return;
        }
        h.append("<table class=\"timeline\"><thead><tr><th>Turn</th><th>What happened</th><th>Why</th></tr></thead><tbody>\n");
        for (TurningPoints.Moment m : moments) {
            String cls = m.heading().toLowerCase(Locale.ROOT).replace(' ', '-');
            h.append("<tr class=\"").append(esc(cls)).append("\"><td class=\"turn\">").append(m.turn())
                    .append("<br><span class=\"date\">").append(esc(m.date())).append("</span></td><td><span class=\"tag\">")
                    .append(esc(m.heading())).append("</span> ").append(esc(m.text()));
            if (!m.followed().isEmpty()) {
                h.append("<div class=\"followed\">What followed:<ul>");
                for (String f : m.followed()) {
                    h.append("<li>").append(esc(f)).append("</li>");
                }
                h.append("</ul></div>");
            } else if (m.heading().equals("Inject")) {
                h.append("<div class=\"followed\">Nothing of note followed in the next ")
                        .append(TurningPoints.FOLLOW_TURNS).append(" turns.</div>");
            }
            h.append("</td><td class=\"why\">");
            if (m.plain().isEmpty()) {
                h.append(esc(m.why()));
            } else {
                // the plain reason for the class; the figures behind it one click away
                h.append("<span class=\"plain\">").append(esc(m.plain())).append("</span>");
                if (!m.why().isBlank()) {
                    h.append("<details><summary>the figures</summary>").append(esc(m.why())).append("</details>");
                }
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void charts(StringBuilder h, GameRecord r, List<Path> charts, Path dir) {
        h.append("<section id=\"charts\"><h2>Charts</h2>\n");
        h.append("<p class=\"help\">Solid lines are the seats, dashed lines the other leading states. Dotted vertical "
                + "lines mark wars (orange), coalitions (blue) and injects (purple).</p>\n");
        for (Path c : charts) {
            String name = c.getFileName().toString();
            String caption;
            if (name.equals("power-seats.png")) {
                caption = "The seats' share of world power on a scale of their own: beside the great powers their "
                        + "lines lie flat at the bottom of the chart above.";
            } else if (name.equals("power.png")) {
                caption = "Share of world power: half economy and population, half armed forces. Balanced realism "
                        + "expects a state that grows too fast to meet resistance.";
            } else if (name.equals("overreach.png")) {
                caption = "Overreach: the hostility the world remembers of a state's aggressive acts, weighted by its "
                        + "power. High overreach is what makes coalitions form.";
            } else {
                String id = name.substring("threat-".length(), name.length() - ".png".length());
                caption = "Threat around " + r.name(id) + ": the red line is the strongest fear another state feels of "
                        + r.name(id) + " (its power, closeness, forces and past acts); the blue dashed line is the "
                        + "strongest fear " + r.name(id) + " feels itself.";
            }
            h.append("<figure><img src=\"").append(esc(dir.relativize(c).toString().replace('\\', '/')))
                    .append("\" alt=\"").append(esc(caption)).append("\"><figcaption>").append(esc(caption))
                    .append("</figcaption></figure>\n");
        }
        h.append("</section>\n");
    }

    private static void scores(StringBuilder h, GameRecord r, List<Debrief.ScoreRow> scores,
                               List<Debrief.ObjectiveRow> objectives) {
        h.append("<section id=\"scores\"><h2>Scores and objectives</h2>\n");
        h.append("<p class=\"help\">Score = security (how little the state fears, territory kept) + power gained + "
                + "prosperity (growth). Prudence is power gained per point of overreach: high means gains that did not "
                + "alarm the world.</p>\n");
        h.append("<table><thead><tr><th>State</th><th>Seat</th><th class=\"num\">Score</th><th class=\"num\">Security</th>"
                + "<th class=\"num\">Power change</th><th class=\"num\">Prosperity</th><th class=\"num\">Prudence</th>"
                + "<th class=\"num\">Power share</th><th class=\"num\">Peak overreach</th></tr></thead><tbody>\n");
        for (Debrief.ScoreRow s : scores) {
            h.append("<tr").append(s.seat().isEmpty() ? "" : " class=\"seat\"").append("><td>").append(esc(s.name()))
                    .append(s.alive() ? "" : " (destroyed)").append("</td><td>").append(esc(s.seat())).append("</td>")
                    .append(num(s.total(), "%.0f")).append(num(s.security(), "%.0f")).append(num(s.power(), "%+.0f%%"))
                    .append(num(s.prosperity(), "%+.0f%%")).append(num(s.prudence(), "%.2f"))
                    .append("<td class=\"num\">").append(pct(s.powerShare())).append("</td>")
                    .append(num(s.peakOverreach(), "%.1f")).append("</tr>\n");
        }
        h.append("</tbody></table>\n");
        if (objectives.isEmpty()) {
            h.append("<p>The scenario sets no objectives.</p>\n");
        } else {
            h.append("<h3>Objectives</h3><table><thead><tr><th>State</th><th>Objective</th><th>Outcome</th></tr></thead><tbody>\n");
            for (Debrief.ObjectiveRow o : objectives) {
                h.append("<tr><td>").append(esc(r.name(o.state()))).append("</td><td>").append(esc(o.text()))
                        .append("</td><td class=\"").append(o.met() ? "met\">Met" : "unmet\">Not met").append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private static void orders(StringBuilder h, GameRecord r) {
        h.append("<section id=\"orders\"><h2>Orders</h2>\n");
        List<Debrief.SeatOrders> seats = Debrief.ordersBySeat(r);
        if (seats.isEmpty()) {
            h.append("<p>No seats: every order was the computer's (all of them are in orders.json).</p>\n");
        }
        for (Debrief.SeatOrders s : seats) {
            h.append("<h3>").append(esc(s.seat())).append(s.seat().equals(s.state()) ? "" : " — " + esc(s.stateName()))
                    .append("</h3>\n<table class=\"orders\"><tbody>\n");
            List<Debrief.TurnOrders> turns = s.turns();
            for (int k = 0; k < turns.size(); k++) {
                Debrief.TurnOrders t = turns.get(k);
                if (t.orders().isEmpty()) {
                    // a run of quiet turns is one row ("5–12 no orders"), not a page of them
                    int end = k;
                    while (end + 1 < turns.size() && turns.get(end + 1).orders().isEmpty()) {
                        end++;
                    }
                    h.append("<tr><td class=\"turn\">").append(t.turn())
                            .append(end > k ? "–" + turns.get(end).turn() : "")
                            .append("</td><td><span class=\"muted\">no orders</span></td></tr>\n");
                    k = end;
                } else {
                    h.append("<tr><td class=\"turn\">").append(t.turn()).append("</td><td>")
                            .append(esc(String.join("; ", t.orders()))).append("</td></tr>\n");
                }
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private static void messages(StringBuilder h, GameRecord r) {
        h.append("<section id=\"messages\"><h2>Messages</h2>\n");
        List<Message> messages = r.save().messages;
        if (messages.isEmpty()) {
            h.append("<p>No private messages were sent.</p></section>\n");
            return;
        }
        h.append("<table><thead><tr><th>Turn</th><th>From</th><th>To</th><th>Message</th></tr></thead><tbody>\n");
        for (Message m : messages) {
            h.append("<tr><td class=\"turn\">").append(m.turn()).append("</td><td>").append(esc(who(r, m.from())))
                    .append("</td><td>").append(esc(who(r, m.to()))).append("</td><td>").append(esc(m.text()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    /** A message's end: the instructor, or the seat's player and state ("Alice (Russia)"). */
    private static String who(GameRecord r, String id) {
        if (Message.INSTRUCTOR.equals(id)) {
            return "Instructor";
        }
        for (org.balancedrealism.io.SaveGame.SeatEntry s : r.save().seats) {
            if (s.state().equals(id) && s.name() != null && !s.name().equals(id)) {
                return s.name() + " (" + r.name(id) + ")";
            }
        }
        return r.name(id);
    }

    private static void file(StringBuilder h, String name, String what) {
        h.append("<li><a href=\"").append(esc(name)).append("\">").append(esc(name)).append("</a> — ").append(esc(what))
                .append("</li>\n");
    }

    private static String link(String id, String text) {
        return "<a href=\"#" + id + "\">" + esc(text) + "</a>";
    }

    private static String num(double v, String format) {
        // no "-0%": a figure that rounds to zero is shown as zero
        double shown = Double.parseDouble(String.format(Locale.ROOT, format.replace("%+", "%").replace("%%", ""), v));
        if (shown == 0) {
            v = 0;
        }
        return "<td class=\"num\">" + esc(String.format(Locale.ROOT, format, v)) + "</td>";
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, share < 0.01 ? "%.2f%%" : "%.1f%%", share * 100);
    }

    /** A threat in words with its figure: "none (0.00)", "low (0.12)", "real (0.31)", "high (0.55)". */
    static String level(double t) {
        String word = t < 0.05 ? "none" : t < GameRecord.AFRAID ? "low" : t < 0.4 ? "real" : t < 0.7 ? "high" : "severe";
        return word + String.format(Locale.ROOT, " (%.2f)", t);
    }

    private static String count(long n, String one, String many) {
        return n == 0 ? "no " + many : n + " " + (n == 1 ? one : many);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #222; background: #f6f6f3; margin: 0; }
            main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 60px; background: #fff; }
            h1 { font-size: 30px; margin: 8px 0 4px; }
            h2 { font-size: 22px; margin-top: 36px; border-bottom: 2px solid #0072B2; padding-bottom: 4px; }
            h3 { font-size: 17px; margin: 20px 0 6px; }
            .lead { font-size: 16px; color: #444; }
            .warn { background: #fff3cd; border-left: 4px solid #E69F00; padding: 8px 12px; }
            .help { color: #555; font-size: 14px; }
            nav { margin: 14px 0; display: flex; flex-wrap: wrap; gap: 6px; }
            nav a { background: #eef4f9; color: #0b4f7a; padding: 4px 10px; border-radius: 12px; text-decoration: none; font-size: 14px; }
            ul.glance li { margin: 6px 0; line-height: 1.45; }
            table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 8px 0; }
            th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #e5e5e5; }
            th { background: #f0f0ec; font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.turn { width: 70px; font-weight: 600; }
            .date { color: #777; font-weight: normal; font-size: 12px; }
            td.why { color: #666; font-size: 12.5px; width: 34%; }
            td.why .plain { color: #222; font-size: 13.5px; }
            td.why details summary { cursor: pointer; color: #0072B2; margin-top: 3px; }
            .tag { display: inline-block; font-size: 11.5px; font-weight: 600; padding: 1px 7px; border-radius: 9px;
                   background: #e8e8e8; color: #333; margin-right: 4px; }
            tr.war .tag, tr.coalition-at-war .tag, tr.a-state-falls .tag { background: #D55E00; color: #fff; }
            tr.aggression .tag { background: #f6d3bd; color: #6b2b00; }
            tr.coalition .tag, tr.coalition-ends .tag { background: #0072B2; color: #fff; }
            tr.inject .tag { background: #CC79A7; color: #fff; }
            tr.peace .tag { background: #009E73; color: #fff; }
            tr.the-world-answers .tag { background: #56B4E9; color: #06324d; }
            .followed { margin-top: 6px; font-size: 13px; color: #444; }
            .followed ul { margin: 2px 0 0 18px; padding: 0; }
            figure { margin: 18px 0; }
            figure img { max-width: 100%; border: 1px solid #ddd; }
            figcaption { color: #555; font-size: 13.5px; margin-top: 4px; }
            tr.seat td { background: #f3f8fc; font-weight: 600; }
            td.met { color: #00704f; font-weight: 600; }
            td.unmet { color: #a33d00; }
            .muted { color: #999; }
            table.orders td { padding: 3px 8px; }
            ul.files li { margin: 4px 0; }
            """;
}
