package cn.zhifa.platform.error;

import jakarta.ws.rs.core.HttpHeaders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * User-facing text in Simplified Chinese (default) or English. Each module lists its resource bundles
 * in {@code META-INF/zhifa/message-bundles}; a message key is a stable code such as
 * {@code ID_NUMBER_CHECKSUM}. Bundles are UTF-8 properties files.
 */
public final class Messages {
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    private static final String BUNDLE_LIST = "META-INF/zhifa/message-bundles";
    private static final List<String> BUNDLES = discoverBundles();
    /**
     * Patterns parsed once: parsing one with a number format ({@code {0,number,#.#}}) costs the JDK an exception per
     * call, and the officers' credit pages format several per request.
     */
    private static final ConcurrentMap<MessageKey, Optional<MessageFormat>> FORMATS = new ConcurrentHashMap<>();

    private record MessageKey(Locale locale, String code) {
    }

    private Messages() {
    }

    /** English when the client prefers it, Chinese otherwise. */
    public static Locale of(HttpHeaders headers) {
        return headers == null ? ZH : of(headers.getAcceptableLanguages());
    }

    /** English when the first known language of the list is English, Chinese otherwise. */
    public static Locale of(List<Locale> acceptableLanguages) {
        for (Locale locale : acceptableLanguages) {
            if (locale.getLanguage().equals("en")) {
                return EN;
            }
            if (locale.getLanguage().equals("zh")) {
                return ZH;
            }
        }
        return ZH;
    }

    /** The message for a code, or the code itself when no bundle knows it (never an exception). */
    public static String text(Locale locale, String code, List<Object> args) {
        // a MessageFormat is not thread-safe: each use formats with a copy of the parsed one
        return FORMATS.computeIfAbsent(new MessageKey(locale, code), Messages::parse)
                .map(format -> ((MessageFormat) format.clone()).format(args.toArray()))
                .orElse(code);
    }

    private static Optional<MessageFormat> parse(MessageKey key) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, key.locale(), Messages.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key.code())) {
                    return Optional.of(new MessageFormat(bundle.getString(key.code()), key.locale()));
                }
            } catch (MissingResourceException e) {
                // this module has no bundle for the locale; try the next one
            }
        }
        return Optional.empty();
    }

    public static String text(Locale locale, String code, Object... args) {
        return text(locale, code, List.of(args));
    }

    private static List<String> discoverBundles() {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> lists = Messages.class.getClassLoader().getResources(BUNDLE_LIST);
            while (lists.hasMoreElements()) {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(lists.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }
}
