package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.mapper.OfficerMapper;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.text.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mybatis.cdi.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Roster import for HR (CSV or xlsx, first sheet), keyed by identity number: a new number creates an
 * officer, a known one updates it, an identical row changes nothing, so re-importing a file is harmless.
 * All rows are valid or nothing is stored; every bad row is reported as {@code lines[N].field} with N the
 * line of the file (the header is line 1).
 */
@ApplicationScoped
public class RosterImport {
    /** The columns, in the order of the template; {@code categories} and {@code areas} are ;-separated. */
    public static final List<String> COLUMNS = List.of("name", "idNumber", "agencyCode", "position", "employmentType",
            "postStatus", "categories", "areas", "legalQualification", "legalReviewer");
    private static final Set<String> OPTIONAL_COLUMNS = Set.of("legalQualification", "legalReviewer");
    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "1", true, "0", false,
            "是", true, "否", false, "", false);

    /** How the import went. */
    public record Result(int created, int updated, int unchanged) {
    }

    private record Line(int number, Map<String, String> cells) {
    }

    private final OfficerMapper officers;
    private final OfficerService officerService;
    private final OfficerValidation validation;
    private final CredentialSettings settings;
    private final Clock clock;

    @Inject
    public RosterImport(OfficerMapper officers, OfficerService officerService, OfficerValidation validation,
                        CredentialSettings settings, Clock clock) {
        this.officers = officers;
        this.officerService = officerService;
        this.validation = validation;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(rollbackFor = Exception.class)
    public Result importCsv(byte[] body) {
        return importCsv(body, StandardCharsets.UTF_8);
    }

    /** A CSV in {@code charset} (UTF-8 unless the upload declared another, e.g. GBK); bytes it cannot decode are a 400. */
    @Transactional(rollbackFor = Exception.class)
    public Result importCsv(byte[] body, Charset charset) {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("file", "IMPORT_NOT_DECODABLE", charset.name());
        }
        return store(parseCsv(text));
    }

    @Transactional(rollbackFor = Exception.class)
    public Result importXlsx(InputStream body) {
        return store(parseXlsx(body));
    }

    private Result store(List<Line> lines) {
        if (lines.isEmpty()) {
            throw ProblemException.invalid("file", "IMPORT_EMPTY");
        }
        if (lines.size() > settings.importMaxRows()) {
            throw ProblemException.invalid("file", "IMPORT_TOO_MANY_ROWS", settings.importMaxRows());
        }
        Violations v = new Violations();
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> firstLineOfNumber = new HashMap<>();
        List<Officer> drafts = new ArrayList<>();
        for (Line line : lines) {
            String prefix = "lines[" + line.number() + "].";
            v.addAll(PlainText.checkCells(prefix, line.cells()));
            Optional<Officer> draft = validation.newOfficer(input(line, prefix, v), prefix, v, today);
            draft.ifPresent(officer -> {
                Integer first = firstLineOfNumber.putIfAbsent(officer.idNumber(), line.number());
                if (first != null) {
                    v.add(prefix + "idNumber", "ID_NUMBER_REPEATED_IN_FILE", first);
                }
                drafts.add(officer);
            });
        }
        v.throwIfInvalid();
        int created = 0;
        int updated = 0;
        for (Officer draft : drafts) {
            Optional<Long> existing = officers.findByIdNumber(draft.idNumber()).map(row -> row.id());
            if (existing.isEmpty()) {
                officerService.insert(draft);
                created++;
                continue;
            }
            Officer current = officerService.lock(existing.get());
            Officer next = new Officer(current.id(), draft.name(), current.idNumber(), draft.agencyCode(),
                    draft.position(), draft.employmentType(), draft.postStatus(), draft.legalQualification(),
                    draft.legalReviewer(), current.version(), draft.categories(), draft.areas());
            if (officerService.apply(current, next) != current) {
                updated++;
            }
        }
        return new Result(created, updated, drafts.size() - created - updated);
    }

    private static OfficerInput input(Line line, String prefix, Violations v) {
        Map<String, String> c = line.cells();
        return new OfficerInput(c.get("name"), c.get("idNumber"), c.get("agencyCode"), c.get("position"),
                c.get("employmentType"), c.get("postStatus"), list(c.get("categories")), list(c.get("areas")),
                bool(c.get("legalQualification"), prefix + "legalQualification", v),
                bool(c.get("legalReviewer"), prefix + "legalReviewer", v));
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of()
                : Arrays.stream(cell.split("[;；|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Boolean bool(String cell, String field, Violations v) {
        Boolean value = BOOLEANS.get(cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT));
        if (value == null) {
            v.add(field, "FIELD_INVALID");
        }
        return value;
    }

    private static List<Line> parseCsv(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.replace("\uFEFF", "")), format)) {
            requireColumns(parser.getHeaderNames());
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : COLUMNS) {
                    cells.put(column, record.isMapped(column) && record.isSet(column) ? record.get(column) : null);
                }
                lines.add(new Line((int) record.getRecordNumber() + 1, cells));
            }
            return lines;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalid("file", "IMPORT_UNREADABLE");
        }
    }

    private static List<Line> parseXlsx(InputStream body) {
        try (Workbook workbook = new XSSFWorkbook(body)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw ProblemException.invalid("file", "IMPORT_EMPTY");
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            header.forEach(cell -> columns.put(formatter.formatCellValue(cell).strip(), cell.getColumnIndex()));
            requireColumns(List.copyOf(columns.keySet()));
            List<Line> lines = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : COLUMNS) {
                    Integer index = columns.get(column);
                    cells.put(column, index == null ? null : formatter.formatCellValue(row.getCell(index)).strip());
                }
                if (cells.values().stream().allMatch(cell -> cell == null || cell.isEmpty())) {
                    continue;
                }
                lines.add(new Line(r + 1, cells));
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.invalid("file", "IMPORT_UNREADABLE");
        }
    }

    private static void requireColumns(List<String> header) {
        Violations v = new Violations();
        COLUMNS.stream().filter(column -> !OPTIONAL_COLUMNS.contains(column) && !header.contains(column))
                .forEach(column -> v.add("file", "IMPORT_COLUMN_MISSING", column));
        v.throwIfInvalid();
    }
}
