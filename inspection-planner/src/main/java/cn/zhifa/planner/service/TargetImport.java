package cn.zhifa.planner.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import cn.zhifa.planner.domain.CreditCode;
import cn.zhifa.planner.domain.CreditLevel;
import cn.zhifa.planner.domain.RiskLevel;
import cn.zhifa.planner.mapper.TargetRow;
import cn.zhifa.platform.error.Violation;
import cn.zhifa.platform.text.PlainText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the target directory file (CSV or xlsx, header
 * {@code creditCode,name,industry,area,riskLevel,creditLevel,address}) row by row, so a province's file is never
 * held in memory at once. Each row is validated on its own; errors name the row ({@code rows[7].creditCode}).
 */
final class TargetImport {

    static final List<String> HEADER = List.of("creditCode", "name", "industry", "area", "riskLevel", "creditLevel",
            "address");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One parsed row: its 1-based data row number, and the target or the row's violations. */
    record Parsed(int rowNumber, TargetRow row, List<Violation> violations) {
    }

    private TargetImport() {
    }

    static void read(InputStream body, String mediaType, Consumer<Parsed> sink) throws IOException {
        Iterator<List<String>> rows = mediaType != null && mediaType.startsWith(XLSX) ? xlsxRows(body) : csvRows(body);
        if (!rows.hasNext() || !rows.next().stream().map(String::strip).toList().equals(HEADER)) {
            sink.accept(new Parsed(0, null, List.of(Violation.of("header", "TARGET_IMPORT_HEADER",
                    String.join(",", HEADER)))));
            return;
        }
        int n = 0;
        while (rows.hasNext()) {
            sink.accept(parse(++n, rows.next()));
        }
    }

    private static Iterator<List<String>> csvRows(InputStream body) throws IOException {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
        Iterator<CSVRecord> records = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get()
                .parse(reader).iterator();
        return new Iterator<>() {
            public boolean hasNext() {
                return records.hasNext();
            }

            public List<String> next() {
                List<String> cells = records.next().toList();
                // A UTF-8 byte order mark (Excel's CSV export) would otherwise spoil the first header cell.
                if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                    cells = new ArrayList<>(cells);
                    cells.set(0, cells.get(0).substring(1));
                }
                return cells;
            }
        };
    }

    private static Iterator<List<String>> xlsxRows(InputStream body) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(body)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < HEADER.size(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    out.add(cells);
                }
            }
        }
        return out.iterator();
    }

    static Parsed parse(int n, List<String> cells) {
        String prefix = "rows[" + n + "].";
        List<Violation> v = new ArrayList<>(PlainText.checkCells(prefix, HEADER, cells));
        String code = cell(cells, 0).toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(code)) {
            v.add(Violation.of(prefix + "creditCode", "CREDIT_CODE_INVALID", code));
        }
        String name = cell(cells, 1);
        String industry = cell(cells, 2);
        String area = cell(cells, 3);
        if (name.isEmpty() || name.length() > 200) {
            v.add(Violation.of(prefix + "name", "TARGET_NAME_REQUIRED"));
        }
        if (industry.isEmpty() || industry.length() > 64) {
            v.add(Violation.of(prefix + "industry", "TARGET_INDUSTRY_REQUIRED"));
        }
        RiskLevel risk = parseEnum(RiskLevel.class, cell(cells, 4), prefix + "riskLevel", "RISK_LEVEL_UNKNOWN", v);
        CreditLevel credit = parseEnum(CreditLevel.class, cell(cells, 5), prefix + "creditLevel",
                "CREDIT_LEVEL_UNKNOWN", v);
        String address = cell(cells, 6);
        if (address.length() > 300) {
            v.add(Violation.of(prefix + "address", "TARGET_ADDRESS_TOO_LONG", 300));
        }
        TargetRow row = v.isEmpty()
                ? new TargetRow(code, name, industry, area, risk, credit, address.isEmpty() ? null : address) : null;
        return new Parsed(n, row, v);
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field, String code, List<Violation> v) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(Violation.of(field, code, text));
            return null;
        }
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
    }
}
