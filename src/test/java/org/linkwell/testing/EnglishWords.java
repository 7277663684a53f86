package org.linkwell.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells English left behind in a French screen: whole English texts from the English bundle (where French
 * says something else), common English words that are not French words, English month names and number
 * formats. Data values (names, program titles, notes) are removed first: they stay in the language typed.
 */
public final class EnglishWords {
    /** Common English UI words that are not French words; checked case-insensitively, as whole words. */
    private static final Set<String> WORDS = Set.of(
            "the", "and", "with", "without", "your", "you", "this", "that", "these", "those", "for", "from",
            "what", "when", "where", "who", "which", "will", "would", "should", "not", "yes", "please", "of",
            "to", "is", "are", "was", "has", "have", "been", "at", "by", "it", "its", "any", "some",
            "more", "less", "than", "then", "there", "here", "now", "today", "yesterday", "tomorrow", "day",
            "days", "week", "weeks", "month", "months", "year", "years", "new", "close", "closed", "save",
            "saved", "cancel", "delete", "remove", "edit", "add", "show", "hide", "search", "find", "print",
            "preview", "back", "next", "previous", "done", "apply", "choose", "select", "browse",
            "load", "loading", "error", "warning", "name", "first", "last", "family", "given", "born", "birth",
            "phone", "email", "address", "street", "city", "language", "referral", "referrals",
            "program", "programs", "prescriber", "navigator", "survey", "surveys", "settings", "help", "about", "dashboard", "encounter", "goal", "goals", "interests", "barriers",
            "needs", "reason", "reasons", "start", "started", "end", "ended", "completed",
            "declined", "waiting", "assigned", "unassigned", "overdue", "follow", "health", "volunteer",
            "hours", "baseline", "outcome", "outcomes", "measure", "charts", "group", "organization",
            "category", "cost", "free", "schedule", "weekly", "monthly", "every", "only", "also", "just",
            "keyboard", "shortcuts", "window", "folder", "backup", "backups", "password", "username",
            "user", "sign", "lock", "unlock", "role", "staff", "paper", "printer", "letter", "copy", "summary",
            "details", "other", "unknown", "none", "all", "status", "open", "yet", "old", "older", "adults",
            "how", "why", "into", "out", "up", "off", "hold", "undo", "cut", "paste");
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:'[\\p{L}]+)?");
    /** 2026-04-01: a date shown raw. Typed dates in editable fields (date pickers included) are not read here. */
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");
    private static final Pattern ENGLISH_NUMBER = Pattern.compile("\\d,\\d{3}(?!\\d)|(?<![\\d.])\\d{1,3}\\.\\d+(?![\\d.])|\\b[AP]\\.M\\.");
    /** Names of things that stay as they are in French: the product, standards, instruments. */
    private static final List<String> PROPER = List.of("Linkwell", "Open Referral", "HSDS", "Wheel of Life", "UCLA",
            "WEMWBS", "SWEMWBS", "Health Champion", "English", "CSV", "PDF", "EMR", "OK", "Apache License 2.0",
            "Office for National Statistics", "Open Government Licence v3.0");
    /** Bundle texts that quote English on purpose: words a spreadsheet or definition file may contain. */
    public static final Set<String> QUOTING_ENGLISH_KEYS = Set.of("import.days", "import.months", "import.yesNo",
            "import.hsds.missingFile", "import.hsds.noCategory", "instrument.error.bandOrder", "instruments.wheel.help");

    private final Set<String> englishTexts = new HashSet<>();
    private final List<String> data = new ArrayList<>();

    public EnglishWords() {
        Properties en = bundle("messages.properties");
        Properties fr = bundle("messages_fr.properties");
        Set<String> french = new HashSet<>();
        fr.stringPropertyNames().forEach(key -> french.add(plain(fr.getProperty(key))));
        for (String key : en.stringPropertyNames()) {
            String english = plain(en.getProperty(key));
            if (!french.contains(english) && english.length() > 2 && !english.contains("{")) {
                englishTexts.add(english);
            }
        }
    }

    /** Texts that are data, not Linkwell's words: allowed in any language. Longest are removed first. */
    public EnglishWords allowing(Collection<String> values) {
        values.stream().filter(v -> v != null && v.strip().length() > 1).map(EnglishWords::plain).forEach(data::add);
        data.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return this;
    }

    /** Why this text reads as English, or empty when it does not. */
    public String why(String text) {
        String shown = plain(text);
        if (shown.isBlank()) {
            return "";
        }
        if (shown.matches("(/|[A-Za-z]:\\\\)\\S*")) {
            return "";  // a file or folder: its name is the user's
        }
        if (shown.matches(".*![a-zA-Z][\\w.]*\\.[\\w.]+!.*")) {
            return "a message key missing from the bundles";
        }
        if (englishTexts.contains(shown)) {
            return "English bundle text";
        }
        if (shown.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}") && !PROPER.contains(shown)) {
            return "a code shown raw";
        }
        String found = findEnglish(shown);
        if (found.isEmpty()) {
            return "";
        }
        String rest = withoutData(shown);
        return findEnglish(rest);
    }

    private String findEnglish(String text) {
        for (String proper : PROPER) {
            text = text.replace(proper, " ");
        }
        Matcher iso = ISO_DATE.matcher(text);
        // A text that teaches the typed format (AAAA-MM-JJ) gives an ISO example on purpose.
        if (!text.contains("AAAA-MM-JJ") && iso.find()) {
            return "ISO date instead of a French date '" + iso.group() + "'";
        }
        Matcher number = ENGLISH_NUMBER.matcher(text);
        if (number.find()) {
            return "English number or time format '" + number.group() + "'";
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group();
            if (MONTHS.contains(word) || MONTHS.contains(word.replace(".", ""))) {
                return "English month or day '" + word + "'";
            }
            if (WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return "English word '" + word + "'";
            }
        }
        return "";
    }

    private String withoutData(String text) {
        String rest = text;
        for (String value : data) {
            if (rest.contains(value)) {
                rest = rest.replace(value, " ");
            }
        }
        return rest;
    }

    /** The text as read: without mnemonic underscores, trimmed. */
    public static String plain(String text) {
        return text == null ? "" : text.replaceAll("_(?=\\S)", "").replace("…", "").strip();
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = EnglishWords.class.getResourceAsStream("/org/linkwell/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
