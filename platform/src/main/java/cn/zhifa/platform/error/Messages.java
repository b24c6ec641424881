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
import java.util.ResourceBundle;

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
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(code)) {
                    return new MessageFormat(bundle.getString(code), locale).format(args.toArray());
                }
            } catch (MissingResourceException e) {
                // this module has no bundle for the locale; try the next one
            }
        }
        return code;
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
