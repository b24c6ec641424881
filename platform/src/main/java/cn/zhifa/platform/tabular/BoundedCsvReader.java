package cn.zhifa.platform.tabular;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts what the CSV parser is about to buffer and stops at the limits, before a 250 MB field can be built:
 * characters of the current field and of the current record. Fields and records are told apart as RFC 4180
 * does: a comma or line break ends one only outside quotes, and whether a character is inside quotes follows
 * from the parity of the quotes before it (an escaped quote {@code ""} counts twice).
 */
final class BoundedCsvReader extends FilterReader {
    private final int maxFieldChars;
    private final int maxLineChars;
    private boolean quoted;
    private int fieldChars;
    private int recordChars;
    private int line = 1;

    BoundedCsvReader(Reader in, int maxFieldChars, int maxLineChars) {
        super(in);
        this.maxFieldChars = maxFieldChars;
        this.maxLineChars = maxLineChars;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            count(buffer[i]);
        }
        return read;
    }

    private void count(char c) {
        if (c == '"') {
            quoted = !quoted;
        }
        if (c == '\n') {
            line++;
        }
        if (!quoted && (c == '\n' || c == '\r')) {
            fieldChars = 0;
            recordChars = 0;
            return;
        }
        fieldChars = !quoted && c == ',' ? 0 : fieldChars + 1;
        recordChars++;
        if (fieldChars > maxFieldChars) {
            throw new ReadStopped(new TableFileException(TableFileException.FIELD_TOO_LONG, line, maxFieldChars));
        }
        if (recordChars > maxLineChars) {
            throw new ReadStopped(new TableFileException(TableFileException.LINE_TOO_LONG, line, maxLineChars));
        }
    }
}
