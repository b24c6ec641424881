package cn.zhifa.platform.testing;

import cn.zhifa.platform.tabular.ImportLimits;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Import test helpers: limits generous enough for any test file, and workbooks built from rows. */
public final class ImportFiles {
    /** Limits no ordinary test file reaches (a test of a limit builds its own). */
    public static final ImportLimits LIMITS = new ImportLimits(64L << 20, 1_000_000, 4096, 65_536, 128L << 20,
            1_000_000, 16L << 20);

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportFiles() {
    }

    /**
     * The workbook with its shared-strings table replaced by {@code entries} written as they are generated (so a
     * test can build a table that expands to far more than it holds in memory): the hostile half of a workbook.
     */
    public static byte[] withSharedStrings(byte[] workbook, String sstAttributes, Iterator<String> entries) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    Writer xml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\" " + sstAttributes + ">");
                    while (entries.hasNext()) {
                        xml.write("<si><t>" + entries.next() + "</t></si>");
                    }
                    xml.write("</sst>");
                    xml.flush();
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An xlsx workbook whose first sheet holds {@code rows}: numbers as numeric cells, the rest as text. */
    public static byte[] xlsx(List<List<?>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("导入");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<?> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(cells.get(c)));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
