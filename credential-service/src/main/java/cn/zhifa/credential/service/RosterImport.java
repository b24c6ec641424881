package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.mapper.OfficerMapper;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.tabular.ImportLimits;
import cn.zhifa.platform.tabular.ImportSettings;
import cn.zhifa.platform.tabular.TableColumns;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableReader;
import cn.zhifa.platform.tabular.Upload;
import cn.zhifa.platform.text.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Roster import for HR (CSV in UTF-8 or GBK, or xlsx, first sheet; read by the platform's import toolkit),
 * keyed by identity number: a new number creates an
 * officer, a known one updates it, an identical row changes nothing, so re-importing a file is harmless.
 * All rows are valid or nothing is stored; every bad row is reported as {@code lines[N].field} with N the
 * line of the file (the header is line 1).
 */
@ApplicationScoped
public class RosterImport {
    /**
     * The columns, in the order of the template, by English or Chinese name; {@code categories} and {@code areas}
     * are ;-separated.
     */
    public static final TableColumns COLUMNS = new TableColumns(List.of(
            new TableColumns.Column("name", "姓名"),
            new TableColumns.Column("idNumber", "身份证号码", "身份证号"),
            new TableColumns.Column("agencyCode", "执法单位代码", "单位代码"),
            new TableColumns.Column("position", "职务"),
            new TableColumns.Column("employmentType", "人员性质", "用工性质"),
            new TableColumns.Column("postStatus", "在岗状态"),
            new TableColumns.Column("categories", "执法类别"),
            new TableColumns.Column("areas", "执法区域"),
            new TableColumns.Column("legalQualification", "法律职业资格"),
            new TableColumns.Column("legalReviewer", "法制审核人员")));
    private static final Set<String> OPTIONAL_COLUMNS = Set.of("legalQualification", "legalReviewer");
    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "1", true, "0", false,
            "是", true, "否", false, "", false);

    /** How the import went. */
    public record Result(int created, int updated, int unchanged) {
    }


    private final OfficerMapper officers;
    private final OfficerService officerService;
    private final OfficerValidation validation;
    private final CredentialSettings settings;
    private final ImportSettings imports;
    private final Clock clock;

    @Inject
    public RosterImport(OfficerMapper officers, OfficerService officerService, OfficerValidation validation,
                        CredentialSettings settings, ImportSettings imports, Clock clock) {
        this.officers = officers;
        this.officerService = officerService;
        this.validation = validation;
        this.settings = settings;
        this.imports = imports;
        this.clock = clock;
    }

    /**
     * Imports a roster file: spooled under the import byte cap, read row by row within the import limits and
     * at most {@code zhifa.credential.import.max-rows} rows (all are held to be checked together).
     *
     * @param charset the charset a CSV upload declared, if any (otherwise detected: UTF-8 or GBK)
     */
    @Transactional(rollbackFor = Exception.class)
    public Result importFile(InputStream body, TableFormat format, Optional<Charset> charset) {
        ImportLimits limits = imports.limits().withMaxRows(settings.importMaxRows());
        try (Upload upload = Upload.spool(body, limits.maxBytes())) {
            return store(COLUMNS.readLines(TableReader.of(format, charset, limits), upload.file(), OPTIONAL_COLUMNS));
        }
    }

    private Result store(List<TableColumns.Line> lines) {
        if (lines.isEmpty()) {
            throw ProblemException.invalid("file", "IMPORT_EMPTY");
        }
        Violations v = new Violations();
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> firstLineOfNumber = new HashMap<>();
        List<Officer> drafts = new ArrayList<>();
        for (TableColumns.Line line : lines) {
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

    private static OfficerInput input(TableColumns.Line line, String prefix, Violations v) {
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
}
