package org.linkwell.sampledata;

import java.util.Arrays;
import java.util.List;

/**
 * Where a synthetic client's names come from, in proportions like those of a bilingual eastern
 * Ontario town, with what follows from it: how likely French or another language is preferred,
 * and the answer most people of that background give to the racial-group question.
 */
enum Culture {
    FRANCOPHONE(34, Names.FRENCH_WOMEN, Names.FRENCH_MEN, Names.FRENCH_FAMILY, 0.88, 0.0, List.of(), "white", 0.0),
    ANGLOPHONE(40, Names.ENGLISH_WOMEN, Names.ENGLISH_MEN, Names.ENGLISH_FAMILY, 0.04, 0.03,
            List.of("Italian", "Portuguese", "Polish", "Ukrainian", "Dutch", "German"), "white", 0.01),
    SOUTH_ASIAN(6, Names.SOUTH_ASIAN_WOMEN, Names.SOUTH_ASIAN_MEN, Names.SOUTH_ASIAN_FAMILY, 0.0, 0.35,
            List.of("Punjabi", "Hindi", "Urdu", "Tamil", "Gujarati"), "south-asian", 0.25),
    BLACK(6, Names.BLACK_WOMEN, Names.BLACK_MEN, Names.BLACK_FAMILY, 0.30, 0.15,
            List.of("Somali", "Amharic", "Haitian Creole", "Twi", "Yoruba", "Lingala"), "black", 0.20),
    CHINESE(4, Names.CHINESE_WOMEN, Names.CHINESE_MEN, Names.CHINESE_FAMILY, 0.0, 0.45,
            List.of("Cantonese", "Mandarin"), "east-asian", 0.15),
    FILIPINO(3, Names.FILIPINO_WOMEN, Names.FILIPINO_MEN, Names.FILIPINO_FAMILY, 0.0, 0.30,
            List.of("Tagalog"), "southeast-asian", 0.30),
    ARAB(4, Names.ARAB_WOMEN, Names.ARAB_MEN, Names.ARAB_FAMILY, 0.25, 0.35, List.of("Arabic"), "middle-eastern", 0.35),
    INDIGENOUS(3, Names.INDIGENOUS_WOMEN, Names.INDIGENOUS_MEN, Names.INDIGENOUS_FAMILY, 0.05, 0.02,
            List.of("Kanien'kéha (Mohawk)", "Ojibwe", "Cree"), "indigenous", 0.0);

    private static final List<Culture> ALL = List.of(values());
    private static final int[] WEIGHTS = Arrays.stream(values()).mapToInt(c -> c.weight).toArray();

    private final int weight;
    final List<String> women;
    final List<String> men;
    final List<String> family;
    final double frenchShare;
    final double otherLanguageShare;
    final List<String> otherLanguages;
    final String racialGroup;
    final double newcomerShare;

    Culture(int weight, List<String> women, List<String> men, List<String> family, double frenchShare,
            double otherLanguageShare, List<String> otherLanguages, String racialGroup, double newcomerShare) {
        this.weight = weight;
        this.women = women;
        this.men = men;
        this.family = family;
        this.frenchShare = frenchShare;
        this.otherLanguageShare = otherLanguageShare;
        this.otherLanguages = otherLanguages;
        this.racialGroup = racialGroup;
        this.newcomerShare = newcomerShare;
    }

    static Culture pick(Pick pick) {
        return pick.weighted(ALL, WEIGHTS);
    }
}
