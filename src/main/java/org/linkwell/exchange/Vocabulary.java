package org.linkwell.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.linkwell.core.Messages;
import org.linkwell.programs.Category;

/**
 * The words a program row may use for coded things: categories and interests by code or by their English
 * or French label, languages by ISO 639-1 code or by name in English or French.
 */
final class Vocabulary {
    private static final Map<String, Category> CATEGORY_LABELS = categoryLabels();
    private static final Map<String, String> LANGUAGE_NAMES = languageNames();
    private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());

    private final Set<String> interestCodes;
    private final Map<String, String> interestsByLabel = new HashMap<>();

    Vocabulary(Set<String> interestCodes, Map<String, String> interestLabelToCode) {
        this.interestCodes = Set.copyOf(interestCodes);
        interestLabelToCode.forEach((label, code) -> interestsByLabel.put(Words.fold(label), code));
    }

    static Category category(String text) throws InvalidCell {
        if (text.isBlank()) {
            throw new InvalidCell("import.required");
        }
        for (Category category : Category.values()) {
            if (category.code().equals(Words.slug(text))) {
                return category;
            }
        }
        Category labelled = CATEGORY_LABELS.get(Words.fold(text));
        if (labelled == null) {
            throw new InvalidCell("import.choice", text, Cells.codes(Category.class));
        }
        return labelled;
    }

    /** Interest codes for "walking; Art and crafts; Jardinage"; every unknown one is named in the problem. */
    Set<String> interests(String text) throws InvalidCell {
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String item : Words.items(text)) {
            String code = interestCodes.contains(Words.lower(item)) ? Words.lower(item)
                    : interestsByLabel.getOrDefault(Words.fold(item),
                    interestCodes.contains(Words.slug(item)) ? Words.slug(item) : "");
            if (code.isEmpty()) {
                unknown.add(item);
            } else {
                codes.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidCell("import.interest.unknown", Cells.joined(unknown));
        }
        return codes;
    }

    /** ISO 639-1 codes for "en;fr", "English, Français" or "arabe"; empty text is English. */
    static Set<String> languages(String text) throws InvalidCell {
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String item : Words.items(text)) {
            String code = language(item);
            if (code.isEmpty()) {
                unknown.add(item);
            } else {
                codes.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidCell("import.language.unknown", Cells.joined(unknown));
        }
        return codes.isEmpty() ? Set.of("en") : codes;
    }

    /** The code for one language, or "" when it is not one Linkwell knows. */
    static String language(String item) {
        String lower = Words.lower(item);
        if (lower.length() == 2 && LANGUAGE_CODES.contains(lower)) {
            return lower;
        }
        return LANGUAGE_NAMES.getOrDefault(Words.fold(item), "");
    }

    /** The English name of a language code, as HSDS language.name wants it: "fr" is "French". */
    static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    /** The English and French labels of every category, folded. */
    private static Map<String, Category> categoryLabels() {
        Map<String, Category> labels = new HashMap<>();
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = new Messages(locale);
            for (Category category : Category.values()) {
                if (messages.has(category.messageKey())) {
                    labels.put(Words.fold(messages.get(category.messageKey())), category);
                }
            }
        }
        return Map.copyOf(labels);
    }

    private static Map<String, String> languageNames() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            names.putIfAbsent(Words.fold(language.getDisplayLanguage(Locale.ENGLISH)), code);
            names.putIfAbsent(Words.fold(language.getDisplayLanguage(Locale.FRENCH)), code);
            names.putIfAbsent(Words.lower(language.getISO3Language()), code);
        }
        names.putAll(Map.of("farsi", "fa", "mandarin", "zh", "filipino", "tl", "ojibwe", "oj", "ojibway", "oj",
                "anishinaabemowin", "oj", "creole", "ht", "francais", "fr", "fre", "fr", "ger", "de"));
        return Map.copyOf(names);
    }
}
