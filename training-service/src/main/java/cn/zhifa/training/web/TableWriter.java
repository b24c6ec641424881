package cn.zhifa.training.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
 * Writes a table row by row as CSV or xlsx, streaming: the xlsx side keeps only a window of rows in
 * memory (POI's SXSSF), so a report of 100,000 officers never sits in memory whole.
 */
interface TableWriter extends AutoCloseable {
    String CSV = "text/csv";
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    void row(List<?> cells);

    @Override
    void close();

    /** {@code xlsx} for the spreadsheet media type, {@code csv} otherwise. */
    static String extension(String mediaType) {
        return XLSX.equals(mediaType) ? "xlsx" : "csv";
    }

    static TableWriter open(String mediaType, OutputStream out, String sheetName) {
        return XLSX.equals(mediaType) ? new Xlsx(out, sheetName) : new Csv(out);
    }

    /** UTF-8 with a byte-order mark, which Excel needs to show Chinese correctly. */
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
                printer.printRecord(cells.stream().map(cell -> cell instanceof BigDecimal d ? d.toPlainString() : cell)
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

    /** Numbers as numeric cells, everything else as text. */
    final class Xlsx implements TableWriter {
        private static final int WINDOW = 200;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final Sheet sheet;
        private final OutputStream out;
        private int rowIndex;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            this.sheet = workbook.createSheet(sheetName);
        }

        @Override
        public void row(List<?> cells) {
            Row row = sheet.createRow(rowIndex++);
            for (int i = 0; i < cells.size(); i++) {
                Object cell = cells.get(i);
                if (cell instanceof Number number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else {
                    row.createCell(i).setCellValue(cell == null ? "" : cell.toString());
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
