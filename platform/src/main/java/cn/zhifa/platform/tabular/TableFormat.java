package cn.zhifa.platform.tabular;

import cn.zhifa.platform.error.ProblemException;
import jakarta.ws.rs.core.MediaType;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/** The file formats of imports and exports, and what an upload's Content-Type says about them. */
public enum TableFormat {
    /** {@code text/csv}: UTF-8 (with or without byte-order mark) or GBK, declared or detected. */
    CSV,
    /** {@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}: the first sheet. */
    XLSX;

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** XLSX for the spreadsheet media type, CSV for anything else (the resources accept only these two). */
    public static TableFormat of(MediaType type) {
        return type != null && type.isCompatible(MediaType.valueOf(XLSX_TYPE)) ? XLSX : CSV;
    }

    /** The media type, as sent in Content-Type. */
    public String mediaType() {
        return this == XLSX ? XLSX_TYPE : CSV_TYPE;
    }

    /** The file name extension. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The charset an upload declared ({@code text/csv;charset=GBK}); 400 for one the server does not know. */
    public static Optional<Charset> declaredCharset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ProblemException.invalid("Content-Type", TableFileException.ENCODING_UNREADABLE, name);
        }
    }
}
