package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.EmploymentType;
import cn.zhifa.credential.domain.Officer;
import cn.zhifa.credential.domain.PostStatus;
import cn.zhifa.credential.mapper.OfficerMapper;
import cn.zhifa.credential.mapper.OfficerRow;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.dictionary.Agency;
import cn.zhifa.platform.dictionary.CodeName;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.dictionary.Division;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.AgencyScope;
import cn.zhifa.platform.security.AgencyScopes;
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
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Roster import for HR (CSV in UTF-8 or GBK, or xlsx, first sheet; read by the platform's import toolkit),
 * keyed by identity number: a new number creates an
 * officer, a known one updates it, an identical row changes nothing, so re-importing a file is harmless.
 * All rows are valid or nothing is stored; every bad row is reported as {@code lines[N].field} with N the
 * line of the file (the header is line 1). A cell may name a value as a roster sheet does (在编, 在岗, 市场监管, 长寿区, the
 * agency's name) or by its code.
 * <p>
 * Every row must be of an agency of the caller's scope, and so must the officer it updates now (an import cannot move
 * an officer out of, or into, an agency the caller does not act for): otherwise 403 {@code AGENCY_OUT_OF_SCOPE} with
 * every such row as {@code lines[N].agencyCode}, and nothing is stored.
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
    private final Dictionaries dictionaries;
    private final AgencyScopes scopes;
    private final Clock clock;

    @Inject
    public RosterImport(OfficerMapper officers, OfficerService officerService, OfficerValidation validation,
                        CredentialSettings settings, ImportSettings imports, Dictionaries dictionaries,
                        AgencyScopes scopes, Clock clock) {
        this.officers = officers;
        this.officerService = officerService;
        this.validation = validation;
        this.settings = settings;
        this.imports = imports;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.clock = clock;
    }

    /**
     * The Chinese names a cell may give instead of a code, per column: the enums' names and the dictionaries' names;
     * a name two entries share (a town's name in two districts) is not among them, so its cell must give the code.
     */
    record ValueNames(Map<String, String> agencies, Map<String, String> employmentTypes, Map<String, String> postStatuses,
                      Map<String, String> categories, Map<String, String> areas) {
        static ValueNames of(Dictionaries dictionaries) {
            return new ValueNames(unique(dictionaries.agencies().stream(), Agency::name, Agency::code),
                    unique(Arrays.stream(EmploymentType.values()), EmploymentType::chineseName, Enum::name),
                    unique(Arrays.stream(PostStatus.values()), PostStatus::chineseName, Enum::name),
                    unique(dictionaries.categories().stream(), CodeName::name, CodeName::code),
                    unique(dictionaries.divisions().stream(), Division::name, Division::code));
        }

        private static <T> Map<String, String> unique(Stream<T> entries, Function<T, String> name, Function<T, String> code) {
            return entries.collect(Collectors.groupingBy(name, Collectors.mapping(code, Collectors.toList())))
                    .entrySet().stream().filter(e -> e.getValue().size() == 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getFirst()));
        }

        /** The code a cell names: the code of the name it gives, else the cell itself (checked as a code). */
        static String code(String cell, Map<String, String> names) {
            return cell == null ? null : names.getOrDefault(cell.strip(), cell);
        }
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
        ValueNames names = ValueNames.of(dictionaries);
        List<Officer> drafts = new ArrayList<>();
        List<Integer> lineOfDraft = new ArrayList<>();
        for (TableColumns.Line line : lines) {
            String prefix = "lines[" + line.number() + "].";
            v.addAll(PlainText.checkCells(prefix, line.cells()));
            Optional<Officer> draft = validation.newOfficer(input(line, names, prefix, v), prefix, v, today);
            draft.ifPresent(officer -> {
                Integer first = firstLineOfNumber.putIfAbsent(officer.idNumber(), line.number());
                if (first != null) {
                    v.add(prefix + "idNumber", "ID_NUMBER_REPEATED_IN_FILE", first);
                }
                drafts.add(officer);
                lineOfDraft.add(line.number());
            });
        }
        v.throwIfInvalid();
        AgencyScope scope = scopes.current();
        List<Optional<Long>> existingIds = new ArrayList<>(drafts.size());
        Violations outOfScope = new Violations();
        Set<String> agenciesOutOfScope = new TreeSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            Officer draft = drafts.get(i);
            Optional<OfficerRow> existing = officers.findByIdNumber(draft.idNumber());
            existingIds.add(existing.map(OfficerRow::id));
            String field = "lines[" + lineOfDraft.get(i) + "].agencyCode";
            Stream.concat(existing.map(OfficerRow::agencyCode).stream(), Stream.of(draft.agencyCode()))
                    .filter(agency -> !scope.covers(agency)).findFirst().ifPresent(agency -> {
                        agenciesOutOfScope.add(agency);
                        outOfScope.add(field, "AGENCY_OUT_OF_SCOPE", agency);
                    });
        }
        if (!outOfScope.isEmpty()) {
            throw new ProblemException(403, "AGENCY_OUT_OF_SCOPE", List.of(String.join(", ", agenciesOutOfScope)),
                    outOfScope.list());
        }
        int created = 0;
        int updated = 0;
        for (int i = 0; i < drafts.size(); i++) {
            Officer draft = drafts.get(i);
            Optional<Long> existing = existingIds.get(i);
            if (existing.isEmpty()) {
                officerService.insert(draft);
                created++;
                continue;
            }
            Officer current = officerService.lock(existing.get());
            scope.require(current.agencyCode());
            Officer next = new Officer(current.id(), draft.name(), current.idNumber(), draft.agencyCode(),
                    draft.position(), draft.employmentType(), draft.postStatus(), draft.legalQualification(),
                    draft.legalReviewer(), current.version(), draft.categories(), draft.areas());
            if (officerService.apply(current, next) != current) {
                updated++;
            }
        }
        return new Result(created, updated, drafts.size() - created - updated);
    }

    private static OfficerInput input(TableColumns.Line line, ValueNames names, String prefix, Violations v) {
        Map<String, String> c = line.cells();
        return new OfficerInput(c.get("name"), c.get("idNumber"), ValueNames.code(c.get("agencyCode"), names.agencies()),
                c.get("position"), ValueNames.code(c.get("employmentType"), names.employmentTypes()),
                ValueNames.code(c.get("postStatus"), names.postStatuses()),
                list(c.get("categories")).stream().map(cell -> ValueNames.code(cell, names.categories())).toList(),
                list(c.get("areas")).stream().map(cell -> ValueNames.code(cell, names.areas())).toList(),
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
