package cn.zhifa.platform.tabular;

import cn.zhifa.platform.testing.ImportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TableReaderTest {
    private static final Charset GBK = Charset.forName("GBK");
    /** Small limits, so that each hostile file of a test stays small too. */
    private static final ImportLimits SMALL = new ImportLimits(1 << 20, 10, 100, 1000, 1 << 20, 50, 2000);

    @TempDir
    Path dir;

    @Test
    void shouldDetectAGbkCsvAsExcelOnAChineseWindowsSavesIt() throws Exception {
        Path file = write("name,area\n綦江区测试食品商行266,綦江区\n".getBytes(GBK));

        assertEquals(List.of(List.of("name", "area"), List.of("綦江区测试食品商行266", "綦江区")),
                csv(file, Optional.empty(), ImportFiles.LIMITS));
    }

    @Test
    void shouldSkipAUtf8ByteOrderMarkAndBlankLines() throws Exception {
        Path file = write(("\uFEFFname,area\n\n,,\n张三,500115\n").getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(List.of("name", "area"), List.of("张三", "500115")),
                csv(file, Optional.empty(), ImportFiles.LIMITS));
    }

    @Test
    void shouldRefuseTextThatIsNotTheDeclaredCharsetInsteadOfReadingReplacementCharacters() throws Exception {
        Path file = write("name\n綦江区测试食品商行266\n".getBytes(GBK));

        assertEquals(TableFileException.ENCODING_UNREADABLE,
                refusal(() -> csv(file, Optional.of(StandardCharsets.UTF_8), ImportFiles.LIMITS)).code());
    }

    @Test
    void shouldRefuseBytesThatAreNeitherUtf8NorGbk() throws Exception {
        Path file = write(new byte[]{'a', '\n', (byte) 0x81, (byte) 0x20, '\n'});

        assertEquals(TableFileException.ENCODING_UNREADABLE,
                refusal(() -> csv(file, Optional.empty(), ImportFiles.LIMITS)).code());
    }

    @Test
    void shouldStopAHugeFieldBeforeTheParserBuffersIt() throws Exception {
        Path plain = write(("name\n" + "x".repeat(101) + "\n").getBytes(StandardCharsets.UTF_8));
        Path quotedOverLines = write(("name\n\"" + "x\n".repeat(60) + "\"\n").getBytes(StandardCharsets.UTF_8));

        TableFileException refused = refusal(() -> csv(plain, Optional.empty(), SMALL));
        assertEquals(TableFileException.FIELD_TOO_LONG, refused.code());
        assertEquals(List.of(2, 100), refused.args());
        assertEquals(TableFileException.FIELD_TOO_LONG,
                refusal(() -> csv(quotedOverLines, Optional.empty(), SMALL)).code());
    }

    @Test
    void shouldAcceptFieldsAtTheLimitAndCountEscapedQuotesAsInsideTheField() throws Exception {
        Path file = write(("name,note\n\"" + "x".repeat(90) + "\"\"a,\"\"\"," + "y".repeat(100) + "\n")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("x".repeat(90) + "\"a,\"", "y".repeat(100)),
                csv(file, Optional.empty(), SMALL).get(1));
    }

    @Test
    void shouldStopARecordLongerThanTheLimitOfALine() throws Exception {
        Path file = write(("a\n" + (",".repeat(10) + "x".repeat(99)).repeat(10) + "\n")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(TableFileException.LINE_TOO_LONG, refusal(() -> csv(file, Optional.empty(), SMALL)).code());
    }

    @Test
    void shouldRefuseMoreDataRowsThanTheLimit() throws Exception {
        Path atLimit = write(("n\n" + "1\n".repeat(10)).getBytes(StandardCharsets.UTF_8));
        Path overLimit = write(("n\n" + "1\n".repeat(11)).getBytes(StandardCharsets.UTF_8));

        assertEquals(11, csv(atLimit, Optional.empty(), SMALL).size());
        assertEquals(TableFileException.TOO_MANY_ROWS, refusal(() -> csv(overLimit, Optional.empty(), SMALL)).code());
    }

    @Test
    void shouldRefuseBrokenQuotingAsAnUnreadableFile() throws Exception {
        Path file = write("name\n\"never closed\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(TableFileException.UNREADABLE,
                refusal(() -> csv(file, Optional.empty(), ImportFiles.LIMITS)).code());
    }

    @Test
    void shouldReadTheFirstSheetOfAWorkbookWithRowNumbers() throws Exception {
        Path file = write(ImportFiles.xlsx(List.of(List.of("name", "hours"), List.of(), List.of("张三", 2.5))));

        List<Integer> lines = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        TableReader.of(TableFormat.XLSX, Optional.empty(), ImportFiles.LIMITS).read(file, (line, cells) -> {
            lines.add(line);
            rows.add(cells);
        });

        assertEquals(List.of(1, 3), lines);
        assertEquals(List.of(List.of("name", "hours"), List.of("张三", "2.5")), rows);
    }

    @Test
    void shouldRefuseAFileThatIsNotAWorkbook() throws Exception {
        Path file = write("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(TableFileException.UNREADABLE, refusal(() -> xlsx(file, ImportFiles.LIMITS)).code());
    }

    @Test
    void shouldRefuseSharedStringsThatExpandFarBeyondTheirSize() throws Exception {
        // 20 MB of one repeated string compresses about 1000:1: the shape of the 30 MB file that expands to 1.8 GB.
        Iterator<String> repeated = Stream.generate(() -> "a".repeat(100)).limit(200_000).iterator();
        Path bomb = write(ImportFiles.withSharedStrings(ImportFiles.xlsx(List.of(List.of("name"))), "", repeated));

        assertEquals(TableFileException.XLSX_TOO_LARGE, refusal(() -> xlsx(bomb, ImportFiles.LIMITS)).code());
    }

    @Test
    void shouldRefuseSharedStringsLargerThanAPartMayExpandEvenAtAnOrdinaryCompressionRatio() throws Exception {
        // Distinct strings compress some 4:1, well within POI's zip-bomb ratio: only the size limit stops them.
        ImportLimits onePartMegabyte = new ImportLimits(1 << 20, 1000, 100, 1000, 1 << 20, 1_000_000, 16 << 20);
        Path large = write(ImportFiles.withSharedStrings(ImportFiles.xlsx(List.of(List.of("name"))), "",
                IntStream.range(0, 150_000).mapToObj(i -> "s" + i).iterator()));

        assertEquals(TableFileException.XLSX_TOO_LARGE, refusal(() -> xlsx(large, onePartMegabyte)).code());
    }

    @Test
    void shouldRefuseMoreSharedStringsThanTheLimitWhateverTheTableAnnounces() throws Exception {
        Path many = write(ImportFiles.withSharedStrings(ImportFiles.xlsx(List.of(List.of("name"))), "",
                IntStream.range(0, 51).mapToObj(i -> "s" + i).iterator()));
        Path announced = write(ImportFiles.withSharedStrings(ImportFiles.xlsx(List.of(List.of("name"))),
                "count=\"2000000000\" uniqueCount=\"2000000000\"", List.of("name").iterator()));
        Path longStrings = write(ImportFiles.withSharedStrings(ImportFiles.xlsx(List.of(List.of("name"))), "",
                IntStream.range(0, 30).mapToObj(i -> i + "x".repeat(97)).iterator()));

        assertEquals(TableFileException.SHARED_STRINGS_TOO_LARGE, refusal(() -> xlsx(many, SMALL)).code());
        assertEquals(TableFileException.SHARED_STRINGS_TOO_LARGE, refusal(() -> xlsx(announced, SMALL)).code());
        assertEquals(TableFileException.SHARED_STRINGS_TOO_LARGE, refusal(() -> xlsx(longStrings, SMALL)).code());
    }

    @Test
    void shouldRefuseAPartLargerThanTheLimitOnceExpanded() throws Exception {
        ImportLimits smallParts = new ImportLimits(1 << 20, 1000, 100, 1000, 64 * 1024, 100_000, 1 << 20);
        List<List<?>> rows = new ArrayList<>();
        IntStream.range(0, 3000).forEach(i -> rows.add(List.of(i, i * 2, i * 3)));
        Path file = write(ImportFiles.xlsx(rows));

        assertEquals(TableFileException.XLSX_TOO_LARGE, refusal(() -> xlsx(file, smallParts)).code());
    }

    @Test
    void shouldRefuseACellLongerThanTheLimitAndMoreRowsThanTheLimit() throws Exception {
        Path longCell = write(ImportFiles.xlsx(List.of(List.of("name"), List.of("x".repeat(101)))));
        List<List<?>> rows = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> rows.add(List.of(i)));
        Path manyRows = write(ImportFiles.xlsx(rows));

        TableFileException refused = refusal(() -> xlsx(longCell, SMALL));
        assertEquals(TableFileException.SHARED_STRINGS_TOO_LARGE, refused.code());
        assertEquals(TableFileException.TOO_MANY_ROWS, refusal(() -> xlsx(manyRows, SMALL)).code());
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "import-", ".upload"), bytes);
    }

    private static List<List<String>> csv(Path file, Optional<Charset> charset, ImportLimits limits)
            throws IOException, TableFileException {
        List<List<String>> rows = new ArrayList<>();
        TableReader.of(TableFormat.CSV, charset, limits).read(file, (line, cells) -> rows.add(cells));
        return rows;
    }

    private static List<List<String>> xlsx(Path file, ImportLimits limits) throws IOException, TableFileException {
        List<List<String>> rows = new ArrayList<>();
        TableReader.of(TableFormat.XLSX, Optional.empty(), limits).read(file, (line, cells) -> rows.add(cells));
        return rows;
    }

    private interface Read {
        void run() throws Exception;
    }

    private static TableFileException refusal(Read read) {
        return assertThrows(TableFileException.class, read::run);
    }
}
