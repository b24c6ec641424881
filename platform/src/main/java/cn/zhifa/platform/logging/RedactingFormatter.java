package cn.zhifa.platform.logging;

import cn.zhifa.platform.identity.ResidentIdChecksum;

import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JUL formatter of every deployable: formats like {@link SimpleFormatter} (message and stack trace)
 * and then masks every resident identity number in the text, whoever logged it — a driver's
 * "duplicate entry" message or a mapper's parameter dump included. Only numbers with a valid check
 * character are masked, so credential numbers and other 18-digit codes stay readable.
 */
public class RedactingFormatter extends SimpleFormatter {
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");

    @Override
    public String format(LogRecord record) {
        return redact(super.format(record));
    }

    /** The text with each identity number reduced to its region code and asterisks. */
    public static String redact(String text) {
        Matcher matcher = CANDIDATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String number = matcher.group();
            matcher.appendReplacement(out, ResidentIdChecksum.isValid(number)
                    ? number.substring(0, 6) + "************" : number);
        }
        return matcher.appendTail(out).toString();
    }
}
