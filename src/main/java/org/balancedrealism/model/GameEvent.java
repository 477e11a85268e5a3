package org.balancedrealism.model;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something that happened, told in one line, with who may see it and why it happened.
 *
 * <p>The engine logs an event with its line and its why as {@link Sentence}s (keys and figures) and they are put into
 * words when someone first reads {@link #text()} or {@link #why()}, both at once, then kept: most events of a game
 * (every AI's summits, cyber operations, proposals...) are never read by anyone, and writing them was a part of every
 * turn. They are written in the language the game was in when the event happened, as they were when the engine wrote
 * them at once: a player who switches language mid-game reads the earlier events as they were (the old language, as
 * a save would have kept them) and the later ones in the new language, never a line of two languages. An event read
 * from a save or a scenario holds plain words. Reading from several threads is safe: the words are written once, under
 * the event's lock, and published through volatile fields.
 *
 * <p>Not a record, because its words are written after it is made; it compares and prints as the record it was
 * (turn, kind, actor, target, visibility, audience, text, why), and saves write exactly those fields (io.Json).
 */
public final class GameEvent {
    private final int turn;
    private final String kind;
    private final String actor;
    private final String target;
    private final Visibility visibility;
    private final List<String> audience;
    /** The line in words, or null until first read. */
    private volatile String text;
    /** The why in words, or null until first read: written after {@link #text}, so it tells whether both are. */
    private volatile String why;
    /** The line and the why to put into words when first read, or null for an event that came with its words. */
    private final transient Sentence[] told;
    /** The language of the moment it happened in, which its words are written in. */
    private final transient Locale language;

    /**
     * @param turn       turn it happened in
     * @param kind       short machine-readable kind ("war", "coalition-formed", "move", …)
     * @param actor      id of the acting state, or null
     * @param target     id of the state acted upon, or null
     * @param visibility who may see it
     * @param audience   the ids who may see it when visibility is PARTIES (always includes actor and target)
     * @param text       one line a player reads
     * @param why        the figures behind it, or empty
     */
    public GameEvent(int turn, String kind, String actor, String target, Visibility visibility,
                     List<String> audience, String text, String why) {
        this(turn, kind, actor, target, visibility, audience, null, null, text, why == null ? "" : why);
    }

    /** As above, with the line and its why (null for none) put into words only when first read. */
    public GameEvent(int turn, String kind, String actor, String target, Visibility visibility,
                     List<String> audience, Sentence text, Sentence why) {
        this(turn, kind, actor, target, visibility, audience, new Sentence[]{Objects.requireNonNull(text), why},
                Texts.locale(), null, null);
    }

    private GameEvent(int turn, String kind, String actor, String target, Visibility visibility, List<String> audience,
                      Sentence[] told, Locale language, String text, String why) {
        this.turn = turn;
        this.kind = kind;
        this.actor = actor;
        this.target = target;
        this.visibility = visibility;
        this.audience = audience == null ? List.of() : List.copyOf(audience);
        this.told = told;
        this.language = language;
        this.text = text;
        this.why = why;
    }

    public int turn() {
        return turn;
    }

    public String kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public String target() {
        return target;
    }

    public Visibility visibility() {
        return visibility;
    }

    public List<String> audience() {
        return audience;
    }

    /** The one line a player reads. */
    public String text() {
        if (why == null) {
            write();
        }
        return text;
    }

    /** The figures behind it, or empty. */
    public String why() {
        String y = why;
        if (y == null) {
            write();
            y = why;
        }
        return y;
    }

    /** Whether its words are written yet (a test checks that playing turns writes none). */
    public boolean inWords() {
        return why != null;
    }

    /** Writes the line and the why together, so both are in one language; the why last (see {@link #why}). */
    private synchronized void write() {
        if (why == null) { // else another thread wrote them meanwhile
            text = Texts.in(language, told[0]::text);
            why = told[1] == null ? "" : Texts.in(language, told[1]::text);
        }
    }

    public boolean visibleTo(String stateId) {
        return visibility == Visibility.ALL || audience.contains(stateId);
    }

    public boolean concerns(String stateId) {
        return stateId.equals(actor) || stateId.equals(target) || audience.contains(stateId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GameEvent e && turn == e.turn && Objects.equals(kind, e.kind) && Objects.equals(actor, e.actor)
                && Objects.equals(target, e.target) && visibility == e.visibility && audience.equals(e.audience)
                && Objects.equals(text(), e.text()) && why().equals(e.why());
    }

    @Override
    public int hashCode() {
        return Objects.hash(turn, kind, actor, target, visibility, audience, text(), why());
    }

    @Override
    public String toString() {
        return "GameEvent[turn=" + turn + ", kind=" + kind + ", actor=" + actor + ", target=" + target + ", visibility="
                + visibility + ", audience=" + audience + ", text=" + text() + ", why=" + why() + "]";
    }
}
