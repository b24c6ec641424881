package cn.zhifa.platform.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The encoding of an uploaded text file. Excel on a Chinese Windows saves "CSV" in GBK and "CSV UTF-8"
 * with a byte-order mark; both are accepted. A file is taken as UTF-8 when all of it decodes as
 * UTF-8 (GBK text with Chinese characters practically never does), else as GB18030, else refused.
 */
final class TextEncoding {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextEncoding() {
    }

    static Charset detect(Path file) throws IOException, TableFileException {
        byte[] head = head(file, 2);
        if (head.length == 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            throw new TableFileException(TableFileException.ENCODING_UNREADABLE, "UTF-16");
        }
        if (decodesCleanly(file, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodesCleanly(file, GB18030)) {
            return GB18030;
        }
        throw new TableFileException(TableFileException.ENCODING_UNREADABLE, "UTF-8/GBK");
    }

    /** A reader that fails on bytes that are not {@code charset} text, and skips a UTF-8 byte-order mark. */
    static Reader strictReader(Path file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(UTF8_BOM.length);
        if (!Arrays.equals(in.readNBytes(UTF8_BOM.length), UTF8_BOM)) {
            in.reset();
        }
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static boolean decodesCleanly(Path file, Charset charset) throws IOException {
        char[] buffer = new char[8192];
        try (Reader reader = strictReader(file, charset)) {
            while (reader.read(buffer) >= 0) {
                // reading to the end is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] head(Path file, int length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        }
    }
}
