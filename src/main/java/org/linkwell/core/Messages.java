package org.linkwell.core;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every word a user reads, in English or French. The language can change while the app runs. */
public final class Messages {
    public static final String BUNDLE = "org.linkwell.i18n.messages";
    public static final Locale ENGLISH = Locale.forLanguageTag("en-CA");
    public static final Locale FRENCH = Locale.forLanguageTag("fr-CA");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH);

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private volatile Locale locale;
    private volatile ResourceBundle bundle;
    private final List<Consumer<Locale>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean defaultFollows = new AtomicBoolean();

    public Messages(Locale locale) {
        setLocale(locale);
    }

    public static Locale supported(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("fr") ? FRENCH : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isFrench() {
        return "fr".equals(locale.getLanguage());
    }

    public void setLocale(Locale newLocale) {
        Locale chosen = supported(newLocale.toLanguageTag());
        this.bundle = ResourceBundle.getBundle(BUNDLE, chosen, Messages.class.getClassLoader(), NO_FALLBACK);
        this.locale = chosen;
        listeners.forEach(listener -> listener.accept(chosen));
    }

    public void onLocaleChange(Consumer<Locale> listener) {
        listeners.add(listener);
    }

    /**
     * Makes this language the default locale, now and at every change. Each sign-in builds a new main window on
     * the same messages, so the listener is added once only.
     */
    public void makeDefaultLocale() {
        Locale.setDefault(locale);
        if (defaultFollows.compareAndSet(false, true)) {
            onLocaleChange(Locale::setDefault);
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("missing message key {}", key);
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
