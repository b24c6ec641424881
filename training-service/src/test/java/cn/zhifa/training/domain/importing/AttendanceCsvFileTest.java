package cn.zhifa.training.domain.importing;

import cn.zhifa.platform.tabular.TableFileException;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableReader;
import cn.zhifa.platform.testing.ImportFiles;
import cn.zhifa.training.domain.Hours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AttendanceCsvFileTest {
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    @Test
    void shouldReadRowsByOfficerIdOrIdNumberInAnyColumnOrder() throws Exception {
        Path file = write("hours,courseId,officerId,idNumber\r\n2.5,10,7,\r\n3,11,,11010519491231002x\r\n",
                StandardCharsets.UTF_8);

        List<ParsedLine> lines = read(file);

        assertEquals(List.of(
                new AttendanceRow(2, 10, new OfficerRef.ById(7), Hours.parse("2.5")),
                new AttendanceRow(3, 11, new OfficerRef.ByIdNumber("11010519491231002X"), Hours.ofWhole(3))), lines);
    }

    @Test
    void shouldReadChineseColumnHeadersBesideEnglishOnes() throws Exception {
        Path file = write("姓名,学时,课程编号,身份证号码\n张三,2.5,10,11010519491231002x\n", StandardCharsets.UTF_8);

        assertEquals(List.of(new AttendanceRow(2, 10, new OfficerRef.ByIdNumber("11010519491231002X"),
                Hours.parse("2.5"))), read(file));
        assertEquals(AttendanceFile.HEADER_INVALID, refusal(write("课程编号,courseId,人员编号,学时\n1,1,2,3\n",
                StandardCharsets.UTF_8)).code(), "a column named twice, in two languages");
    }

    @Test
    void shouldReadCredentialNumbersAndNumbersTypedWithAChineseInputMethod() throws Exception {
        Path file = write("课程编号,执法证号,身份证号,学时\n10, 500115002202600001 ,,2\n"
                + "10,,１１０１０５ １９４９１２３１００２ｘ,3\n10,,,1\n10,5001#1,,1\n10,5001,11010519491231002X,1\n", GBK);

        assertEquals(List.of(
                new AttendanceRow(2, 10, new OfficerRef.ByCredentialNumber("500115002202600001"), Hours.ofWhole(2)),
                new AttendanceRow(3, 10, new OfficerRef.ByIdNumber("11010519491231002X"), Hours.ofWhole(3)),
                new RejectedLine(4, List.of(new RowError(4, "idNumber", RowError.REQUIRED))),
                new RejectedLine(5, List.of(new RowError(5, "credentialNumber", RowError.CREDENTIAL_NUMBER_INVALID))),
                new RejectedLine(6, List.of(new RowError(6, "credentialNumber", RowError.OFFICER_GIVEN_TWICE)))), read(file));
    }

    @Test
    void shouldSkipAUtf8ByteOrderMarkAsExcelWritesIt() throws Exception {
        byte[] body = "courseId,officerId,hours\n10,7,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path file = Files.write(dir.resolve("bom.csv"), withBom);

        assertEquals(List.of(new AttendanceRow(2, 10, new OfficerRef.ById(7), Hours.ofWhole(2))), read(file));
    }

    @Test
    void shouldDecodeAGbkFileSavedByExcel() throws Exception {
        Path file = write("courseId,officerId,hours,姓名\n10,7,2,张三\n10,8,2,李四\n", GBK);

        assertEquals(2, read(file).size());
    }

    @Test
    void shouldRefuseAFileThatIsNotTheDeclaredEncoding() throws Exception {
        Path file = write("courseId,officerId,hours,姓名\n10,7,2,张三\n", GBK);

        TableFileException refused = assertThrows(TableFileException.class,
                () -> AttendanceFile.read(TableReader.of(TableFormat.CSV, Optional.of(StandardCharsets.UTF_8), ImportFiles.LIMITS), file,
                        line -> { }));

        assertEquals(TableFileException.ENCODING_UNREADABLE, refused.code());
    }

    @Test
    void shouldRefuseUtf16Text() throws Exception {
        Path file = write("\uFEFFcourseId,officerId,hours\n10,7,2\n", StandardCharsets.UTF_16LE);

        assertEquals(TableFileException.ENCODING_UNREADABLE, refusal(file).code());
    }

    @Test
    void shouldRefuseAHeaderWithoutTheRequiredColumns() throws Exception {
        assertEquals(AttendanceFile.HEADER_INVALID, refusal(write("course,officer,hours\n1,2,3\n",
                StandardCharsets.UTF_8)).code());
        assertEquals(AttendanceFile.HEADER_INVALID, refusal(write("courseId,hours\n1,3\n",
                StandardCharsets.UTF_8)).code());
        assertEquals(AttendanceFile.HEADER_INVALID, refusal(write("courseId,officerId,hours,hours\n1,2,3,3\n",
                StandardCharsets.UTF_8)).code());
    }

    @Test
    void shouldRefuseAnEmptyFileAndAHeaderWithoutData() throws Exception {
        assertEquals(AttendanceFile.EMPTY, refusal(write("", StandardCharsets.UTF_8)).code());
        assertEquals(AttendanceFile.EMPTY, refusal(write("courseId,officerId,hours\n\n,,\n",
                StandardCharsets.UTF_8)).code());
    }

    @Test
    void shouldReportEveryBadFieldWithItsLine() throws Exception {
        Path file = write("courseId,officerId,idNumber,hours\n"
                + "10,7,,2\n"
                + "x,,,1.25\n"
                + "10,-3,,\n"
                + "10,7,110105194912310021,2\n"
                + "10,,12345,2\n"
                + "10,,110105194912310021,2\n", StandardCharsets.UTF_8);

        List<ParsedLine> lines = read(file);

        assertEquals(List.of(
                new AttendanceRow(2, 10, new OfficerRef.ById(7), Hours.ofWhole(2)),
                new RejectedLine(3, List.of(new RowError(3, "courseId", RowError.COURSE_ID_INVALID),
                        new RowError(3, "officerId", RowError.REQUIRED),
                        new RowError(3, "hours", "HOURS_NOT_HALF_STEP"))),
                new RejectedLine(4, List.of(new RowError(4, "officerId", RowError.OFFICER_ID_INVALID),
                        new RowError(4, "hours", RowError.REQUIRED))),
                new RejectedLine(5, List.of(new RowError(5, "idNumber", RowError.OFFICER_GIVEN_TWICE))),
                new RejectedLine(6, List.of(new RowError(6, "idNumber", RowError.ID_NUMBER_INVALID))),
                new RejectedLine(7, List.of(new RowError(7, "idNumber", RowError.ID_NUMBER_INVALID)))), lines);
    }

    @Test
    void shouldCountLinesAsTheyAreInTheFileSkippingBlankOnes() throws Exception {
        Path file = write("courseId,officerId,hours\n\n10,7,2\n\n10,8,0\n", StandardCharsets.UTF_8);

        List<ParsedLine> lines = read(file);

        assertEquals(List.of(3, 5), lines.stream().map(ParsedLine::line).toList());
    }

    private Path write(String text, Charset charset) throws IOException {
        return Files.write(dir.resolve("attendance.csv"), text.getBytes(charset));
    }

    private static List<ParsedLine> read(Path file) throws Exception {
        List<ParsedLine> lines = new ArrayList<>();
        AttendanceFile.read(TableReader.of(TableFormat.CSV, Optional.empty(), ImportFiles.LIMITS), file, lines::add);
        return lines;
    }

    private static TableFileException refusal(Path file) {
        return assertThrows(TableFileException.class, () -> read(file));
    }
}
