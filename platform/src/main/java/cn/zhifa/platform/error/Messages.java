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
        return headers == null ? ZH : ofAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The language of an {@code Accept-Language} header: English when the most wanted known language is English,
     * Chinese otherwise. Read leniently, never an exception: Java's {@code zh_CN}, a malformed weight or an empty
     * entry would make JAX-RS's own parser fail the whole request, after a write may already have committed.
     */
    public static Locale ofAcceptLanguage(String header) {
        if (header == null) {
            return ZH;
        }
        String wanted = null;
        double wantedWeight = 0;
        for (String entry : header.split(",")) {
            String[] parts = entry.split(";", -1);
            String language = parts[0].strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
            double weight = weight(parts);
            if ((language.equals("en") || language.equals("zh")) && weight > wantedWeight) {
                wanted = language;
                wantedWeight = weight;
            }
        }
        return "en".equals(wanted) ? EN : ZH;
    }

    /** The entry's {@code q}, 1 when absent or unreadable (leniency: the client named the language). */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 1;
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
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
