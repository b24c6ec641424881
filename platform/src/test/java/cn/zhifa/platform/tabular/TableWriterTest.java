package cn.zhifa.platform.tabular;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableWriterTest {
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"点击查看整改通知\")",
            "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1");

    @Test
    void shouldNeutraliseEveryCsvCellThatASpreadsheetWouldEvaluate() {
        String csv = csv(List.of(HOSTILE, List.of("綦江区测试食品商行", "a=b", "")));

        assertEquals("\uFEFF\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击查看整改通知\"\")\",'+1+1,'-2+3,'@SUM(A1),"
                + "'\t=1,\"'\r=1\"\r\n綦江区测试食品商行,a=b,\r\n", csv);
    }

    @Test
    void shouldWriteNumbersAsNumbersAndNullAsEmpty() {
        assertEquals("\uFEFF-5,2.50,7,\r\n", csv(List.of(Arrays.asList(-5, new BigDecimal("2.50"), 7L, null))));
    }

    @Test
    void shouldWriteXlsxTextAsTextCellsNeverFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableWriter.open(TableFormat.XLSX, out, "导出")) {
            table.row(HOSTILE);
            table.row(List.of(42));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(0);
            for (int i = 0; i < HOSTILE.size(); i++) {
                Cell cell = row.getCell(i);
                assertEquals(CellType.STRING, cell.getCellType(), HOSTILE.get(i));
                assertEquals(HOSTILE.get(i), cell.getStringCellValue());
                assertEquals("@", cell.getCellStyle().getDataFormatString());
            }
            assertEquals(CellType.NUMERIC, workbook.getSheetAt(0).getRow(1).getCell(0).getCellType());
        }
    }

    private static String csv(List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableWriter.open(TableFormat.CSV, out, "unused")) {
            rows.forEach(table::row);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
