package cn.zhifa.training.domain.importing;

import cn.zhifa.platform.tabular.TableFileException;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableReader;
import cn.zhifa.platform.testing.ImportFiles;
import cn.zhifa.training.domain.Hours;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AttendanceXlsxFileTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadNumericAndTextCells() throws Exception {
        Path file = workbook(new Object[][]{
                {"courseId", "idNumber", "hours", "姓名"},
                {10, "11010519491231002X", 2.5, "张三"},
                {},
                {11, "110105194912310038", 3, "李四"}});

        assertEquals(List.of(
                new AttendanceRow(2, 10, new OfficerRef.ByIdNumber("11010519491231002X"), Hours.parse("2.5")),
                new AttendanceRow(4, 11, new OfficerRef.ByIdNumber("110105194912310038"), Hours.ofWhole(3))), read(file));
    }

    @Test
    void shouldRefuseAnIdentityNumberThatExcelTurnedIntoANumber() throws Exception {
        Path file = workbook(new Object[][]{{"courseId", "idNumber", "hours"}, {10, 110105194912310021.0, 2}});

        assertEquals(List.of(new RejectedLine(2, List.of(new RowError(2, "idNumber", RowError.ID_NUMBER_INVALID)))),
                read(file));
    }

    @Test
    void shouldRefuseAWrongHeaderAndAnEmptySheet() throws Exception {
        assertEquals(AttendanceFile.HEADER_INVALID,
                refusal(workbook(new Object[][]{{"课程", "人员", "学时"}, {10, 7, 2}})));
        assertEquals(AttendanceFile.EMPTY, refusal(workbook(new Object[][]{})));
        assertEquals(AttendanceFile.EMPTY,
                refusal(workbook(new Object[][]{{"courseId", "officerId", "hours"}})));
    }

    @Test
    void shouldRefuseAFileThatIsNotAWorkbook() throws Exception {
        Path file = Files.write(dir.resolve("fake.xlsx"), "courseId,officerId,hours\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(TableFileException.UNREADABLE, refusal(file));
    }

    private Path workbook(Object[][] rows) throws IOException {
        Path file = dir.resolve("attendance.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("学时");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** The code of the refusal of the whole file. */
    private static String refusal(Path file) {
        return assertThrows(TableFileException.class,
                () -> AttendanceFile.read(TableReader.of(TableFormat.XLSX, Optional.empty(), ImportFiles.LIMITS), file,
                        line -> { })).code();
    }

    private static List<ParsedLine> read(Path file) throws Exception {
        List<ParsedLine> lines = new ArrayList<>();
        AttendanceFile.read(TableReader.of(TableFormat.XLSX, Optional.empty(), ImportFiles.LIMITS), file, lines::add);
        return lines;
    }
}
