package org.balancedrealism.text;

import java.util.Set;

/**
 * The article French puts before a state's name, and the forms it takes after "de", "à" and "en": la France, de la
 * France, en France; le Canada, du Canada, au Canada; les États-Unis, des États-Unis, aux États-Unis; l’Iran,
 * d’Iran… ; Israël, d’Israël, en Israël. Worked out from the JDK's French name: a few lists of exceptions, and
 * otherwise a name ending in -e is feminine.
 */
enum FrenchArticle {
    /** la France. */
    FEMININE("la ", "de la ", "à la ", "en "),
    /** le Canada. */
    MASCULINE("le ", "du ", "au ", "au "),
    /** l’Iran, l’Allemagne: a singular name that starts with a vowel. */
    ELIDED("l’", "de l’", "à l’", "en "),
    /** les États-Unis. */
    PLURAL("les ", "des ", "aux ", "aux "),
    /** Israël, Cuba, Singapour: islands and city-states take none. */
    NONE("", "de ", "à ", "à "),
    /** Israël, Oman: no article, and d’ and en before the vowel. */
    NONE_VOWEL("", "d’", "à ", "en ");

    /** Names said without an article (small islands, city-states, saints' names). */
    private static final Set<String> WITHOUT = Set.of("Aruba", "Anguilla", "Antigua-et-Barbuda", "Bahreïn", "Chypre",
            "Cuba", "Curaçao", "Djibouti", "Guam", "Guernesey", "Haïti", "Israël", "Jersey", "Kiribati", "Madagascar",
            "Malte", "Maurice", "Monaco", "Montserrat", "Nauru", "Niue", "Oman", "Porto Rico", "Singapour", "Taïwan",
            "Tonga", "Tuvalu", "Trinité-et-Tobago", "Palaos", "Samoa", "Wallis-et-Futuna", "Sao Tomé-et-Principe",
            "Saint-Marin", "Saint-Christophe-et-Niévès", "Saint-Vincent-et-les Grenadines", "Sainte-Lucie",
            "Saint-Martin", "Saint-Barthélemy", "Sainte-Hélène", "Saint-Pierre-et-Miquelon");
    /** Plural names. */
    private static final Set<String> PLURALS = Set.of("États-Unis", "Pays-Bas", "Philippines", "Émirats arabes unis",
            "Comores", "Seychelles", "Maldives", "Bahamas", "Fidji", "Bermudes", "Samoa américaines",
            "Territoires palestiniens", "Terres australes françaises");
    /** Masculine names that end in -e. */
    private static final Set<String> MASCULINE_E = Set.of("Mexique", "Cambodge", "Mozambique", "Zimbabwe", "Belize",
            "Suriname", "Liechtenstein", "Sahara occidental", "Congo-Kinshasa", "Congo-Brazzaville",
            "Royaume-Uni", "Cap-Vert", "Monténégro", "Myanmar (Birmanie)", "Timor oriental");
    /** First letters the article elides before (not h: la Hongrie, le Honduras). */
    private static final String VOWELS = "AEIOUYÉÈÊÎÏÔÂ";

    final String article;
    final String afterDe;
    final String afterA;
    final String afterEn;

    FrenchArticle(String article, String afterDe, String afterA, String afterEn) {
        this.article = article;
        this.afterDe = afterDe;
        this.afterA = afterA;
        this.afterEn = afterEn;
    }

    static FrenchArticle of(String name) {
        boolean vowel = !name.isEmpty() && VOWELS.indexOf(Character.toUpperCase(name.charAt(0))) >= 0;
        if (WITHOUT.contains(name)) {
            return vowel ? NONE_VOWEL : NONE;
        }
        if (name.startsWith("Îles ") || PLURALS.contains(name)) {
            return PLURAL;
        }
        if (vowel) {
            return ELIDED;
        }
        boolean feminine = (name.endsWith("e") && !MASCULINE_E.contains(name)) || name.startsWith("République ")
                || name.startsWith("Île ") || name.startsWith("Nouvelle-") || name.startsWith("Guinée")
                || name.startsWith("Papouasie") || name.startsWith("Macédoine") || name.startsWith("Corée")
                || name.startsWith("Bosnie") || name.startsWith("Géorgie") || name.startsWith("Polynésie");
        return feminine ? FEMININE : MASCULINE;
    }

    boolean plural() {
        return this == PLURAL;
    }
}
