package org.balancedrealism.model.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario file as written under {@code assets/scenarios/} (format documented in FORMAT.md there). Plain data
 * read by Gson and checked by the scenario loader; optional figures are boxed so "absent" can fall back to the map.
 */
public final class Scenario {
    public Integer format;
    public String id;
    public String title;
    public String summary;
    public String difficulty;
    public String startDate;
    public Integer monthsPerTurn;
    public Integer turns;
    public String map;
    public String rules;
    public String defaultDoctrine;
    public String notes;
    public List<String> sources = new ArrayList<>();
    public List<NationSpec> nations = new ArrayList<>();
    public List<TerritorySpec> territories = new ArrayList<>();
    public List<BlocSpec> blocs = new ArrayList<>();
    public List<TreatySpec> treaties = new ArrayList<>();
    public List<SanctionSpec> sanctions = new ArrayList<>();
    public List<WarSpec> wars = new ArrayList<>();
    public List<RelationSpec> relations = new ArrayList<>();
    public List<EventSpec> events = new ArrayList<>();
    /** Prepared injects an instructor may fire at any turn (news, intelligence, crises): the scenario's library. */
    public List<InjectSpec> injects = new ArrayList<>();
    public List<ObjectiveSpec> objectives = new ArrayList<>();
    /** The scenario card in other languages, by language code ("fr"): a title and a summary, either may be left out. */
    public java.util.Map<String, Translation> translations = new java.util.LinkedHashMap<>();
    /** Statements the AI-only game must reproduce: kept as read, parsed and checked by io.ClaimsLoader. */
    public com.google.gson.JsonElement claims;

    /** A scenario card's words in one other language. */
    public static final class Translation {
        public String title;
        public String summary;
        /** Scripted events' texts by event id. */
        public java.util.Map<String, String> events = new java.util.LinkedHashMap<>();
        /** Objectives' texts by objective id. */
        public java.util.Map<String, String> objectives = new java.util.LinkedHashMap<>();
        /** Names of the wars under way by their English name. */
        public java.util.Map<String, String> wars = new java.util.LinkedHashMap<>();
        /** Titles of the instructor's prepared injects by inject id. */
        public java.util.Map<String, String> injectTitles = new java.util.LinkedHashMap<>();
        /** Texts of the instructor's prepared injects by inject id. */
        public java.util.Map<String, String> injectTexts = new java.util.LinkedHashMap<>();

        /** The translation of {@code english} under {@code key} in {@code texts}, or {@code english} when none. */
        public static String or(java.util.Map<String, String> texts, String key, String english) {
            String t = texts == null || key == null ? null : texts.get(key);
            return t == null || t.isBlank() ? english : t;
        }
    }

    public static final class NationSpec {
        public String id;
        public String name;
        public Double gdp;
        public Double population;
        public Double milexShare;
        public Double milex;
        public Double military;
        public Integer nuclear;
        public String regime;
        public Double softPower;
        public Double stability;
        public Double nationalism;
        public String doctrine;
        public Double reach;
        public Double treasury;
        public Double quality;
        /** Investment effort in the growth formula (0.05 is the ordinary level; see FORMAT.md). */
        public Double investShare;
        /** Correlates-of-War CINC share (0–1): when given, the state's power share starts here (see PowerCalibration). */
        public Double cinc;
        public String source;
    }

    public static final class TerritorySpec {
        public String territory;
        public String owner;
    }

    public static final class BlocSpec {
        public String id;
        public String name;
        public String type;
        public List<String> members = new ArrayList<>();
    }

    public static final class TreatySpec {
        public String type;
        public String a;
        public String b;
        public String name;
    }

    public static final class SanctionSpec {
        public String sender;
        public String target;
        public Boolean multilateral;
        public String name;
    }

    public static final class WarSpec {
        public List<String> attackers = new ArrayList<>();
        public List<String> defenders = new ArrayList<>();
        public Double warscore;
        public String name;
        public List<String> aims = new ArrayList<>();
    }

    public static final class RelationSpec {
        public String a;
        public String b;
        public Double opinion;
        public Double hostility;
        public Double trust;
    }

    public static final class EventSpec {
        public String id;
        public Integer turn;
        public String date;
        public String text;
        public String visibility;
        public List<String> audience = new ArrayList<>();
        public List<EffectSpec> effects = new ArrayList<>();
        public ActSpec act;
    }

    /**
     * A prepared inject: a scripted event without a turn (the instructor chooses when it fires), with a short title
     * and a category for the console's list. Its text, visibility, audience, effects and act mean what they mean
     * in an {@link EventSpec}.
     */
    public static final class InjectSpec {
        public String id;
        public String title;
        /** news | intelligence | crisis */
        public String category;
        public String text;
        public String visibility;
        public List<String> audience = new ArrayList<>();
        public List<EffectSpec> effects = new ArrayList<>();
        public ActSpec act;
    }

    /** An aggressive act a scripted event stands for: it writes hostility as a played act does. */
    public static final class ActSpec {
        public String actor;
        public String victim;
        public Double severity;
        public String kind;
    }

    public static final class EffectSpec {
        public String nation;
        public String field;
        public Double add;
        public Double multiply;
    }

    public static final class ObjectiveSpec {
        public String nation;
        public String id;
        public String text;
        public String type;
        public Double threshold;
        public Integer noCoalitionTurns;
        public String target;
        public Boolean withoutWar;
    }
}
