package cn.zhifa.platform.tabular;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes every export's table, row by row, as CSV or xlsx, streaming: the xlsx side keeps only a window of
 * rows in memory (POI's SXSSF). Text never becomes a formula: in CSV a text cell that a spreadsheet would
 * take as one (starting with {@code = + - @}, tab or carriage return) is prefixed with an apostrophe, as
 * OWASP advises; in xlsx text cells are text cells, formatted as text ({@code @}).
 */
public interface TableWriter extends AutoCloseable {

    void row(List<?> cells);

    @Override
    void close();

    static TableWriter open(TableFormat format, OutputStream out, String sheetName) {
        return format == TableFormat.XLSX ? new Xlsx(out, sheetName) : new Csv(out);
    }

    /** {@code text} as a CSV cell that no spreadsheet evaluates (CSV injection, CWE-1236). */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** UTF-8 with a byte-order mark, which Excel needs to show Chinese correctly. Numbers are written as is. */
    final class Csv implements TableWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<?> cells) {
            try {
                printer.printRecord(cells.stream().map(Csv::cell).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Object cell(Object cell) {
            return switch (cell) {
                case null -> "";
                case BigDecimal decimal -> decimal.toPlainString();
                case Number number -> number;
                default -> neutralised(cell.toString());
            };
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Numbers as numeric cells, everything else as text cells. */
    final class Xlsx implements TableWriter {
        private static final int WINDOW = 200;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final Sheet sheet;
        private final CellStyle text;
        private final OutputStream out;
        private int rowIndex;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            this.sheet = workbook.createSheet(sheetName);
            this.text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        }

        @Override
        public void row(List<?> cells) {
            Row row = sheet.createRow(rowIndex++);
            for (int i = 0; i < cells.size(); i++) {
                Object cell = cells.get(i);
                if (cell instanceof Number number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else {
                    var textCell = row.createCell(i);
                    textCell.setCellStyle(text);
                    textCell.setCellValue(cell == null ? "" : cell.toString());
                }
            }
        }

        @Override
        public void close() {
            try (workbook) {
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
