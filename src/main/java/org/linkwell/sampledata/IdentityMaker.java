package org.linkwell.sampledata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.linkwell.clients.Client;
import org.linkwell.clients.Language;

/** Who a synthetic client is: names, birth date, gender, pronouns and preferred language. */
final class IdentityMaker {
    /** Social prescribing reaches mostly older adults: age bands and how common each is. */
    private static final List<int[]> AGE_BANDS = List.of(new int[] {18, 29}, new int[] {30, 44}, new int[] {45, 54},
            new int[] {55, 64}, new int[] {65, 74}, new int[] {75, 84}, new int[] {85, 95});
    private static final int[] AGE_WEIGHTS = {7, 14, 14, 20, 24, 16, 5};

    private IdentityMaker() {
    }

    enum Gender {
        WOMAN("woman", "she/her", "elle"), MAN("man", "he/him", "il"),
        NON_BINARY("non-binary", "they/them", "iel"), TWO_SPIRIT("two-spirit", "they/them", "iel"),
        NOT_RECORDED("", "", "");

        private static final List<Gender> ALL = List.of(values());
        final String text;
        final String pronounsEn;
        final String pronounsFr;

        Gender(String text, String pronounsEn, String pronounsFr) {
            this.text = text;
            this.pronounsEn = pronounsEn;
            this.pronounsFr = pronounsFr;
        }

        static Gender pick(Pick pick, Culture culture) {
            int twoSpirit = culture == Culture.INDIGENOUS ? 40 : 0;
            return pick.weighted(ALL, new int[] {580, 385, 20, twoSpirit, 15});
        }
    }

    static Client.Identity make(Pick pick, Culture culture, String chartNumber, LocalDate asOf) {
        Gender gender = Gender.pick(pick, culture);
        Language language = language(pick, culture);
        String languageOther = language == Language.OTHER ? pick.one(culture.otherLanguages) : "";
        String given = givenName(pick, culture, gender);
        return new Client.Identity(chartNumber, given, familyName(pick, culture, gender),
                preferredName(pick, culture, gender, given), pronouns(pick, gender, language),
                Optional.of(birthDate(pick, asOf)), gender.text, language, languageOther);
    }

    private static Language language(Pick pick, Culture culture) {
        if (pick.chance(culture.frenchShare)) {
            return Language.FRENCH;
        }
        return pick.chance(culture.otherLanguageShare) ? Language.OTHER : Language.ENGLISH;
    }

    private static String givenName(Pick pick, Culture culture, Gender gender) {
        boolean women = switch (gender) {
            case WOMAN -> true;
            case MAN -> false;
            default -> pick.chance(0.5);
        };
        return pick.one(women ? culture.women : culture.men);
    }

    private static String familyName(Pick pick, Culture culture, Gender gender) {
        String family = pick.one(culture.family);
        // Quebec-born women often kept a double family name: Côté-Lalonde.
        if (culture == Culture.FRANCOPHONE && gender == Gender.WOMAN && pick.chance(0.06)) {
            String second = pick.one(culture.family);
            return second.equals(family) ? family : family + "-" + second;
        }
        return family;
    }

    private static String preferredName(Pick pick, Culture culture, Gender gender, String given) {
        String shortForm = Names.SHORT_FORMS.get(given);
        if (shortForm != null && pick.chance(0.4)) {
            return shortForm;
        }
        boolean mayHaveAdopted = culture == Culture.CHINESE || culture == Culture.FILIPINO;
        if (mayHaveAdopted && pick.chance(0.25)) {
            return pick.one(gender == Gender.MAN ? Names.ADOPTED_MEN : Names.ADOPTED_WOMEN);
        }
        return "";
    }

    private static String pronouns(Pick pick, Gender gender, Language language) {
        double share = gender == Gender.NON_BINARY || gender == Gender.TWO_SPIRIT ? 0.9 : 0.3;
        if (!pick.chance(share)) {
            return "";
        }
        return language == Language.FRENCH ? gender.pronounsFr : gender.pronounsEn;
    }

    /** A birth date that makes the client exactly a band's age on {@code asOf}. */
    private static LocalDate birthDate(Pick pick, LocalDate asOf) {
        int[] band = pick.weighted(AGE_BANDS, AGE_WEIGHTS);
        int age = pick.between(band[0], band[1]);
        LocalDate latest = asOf.minusYears(age);
        int daysInThatYear = (int) ChronoUnit.DAYS.between(asOf.minusYears(age + 1L), latest);
        return latest.minusDays(pick.between(0, daysInThatYear - 1));
    }
}
