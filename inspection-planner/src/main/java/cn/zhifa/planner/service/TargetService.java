package cn.zhifa.planner.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.zhifa.planner.domain.DivisionCodes;
import cn.zhifa.planner.domain.RiskLevel;
import cn.zhifa.db.GeneratedKey;
import cn.zhifa.planner.mapper.TargetLevels;
import cn.zhifa.planner.mapper.TargetMapper;
import cn.zhifa.planner.mapper.TargetRow;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violation;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.tabular.ImportSettings;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

/** The target directory (检查对象名录库): import with upsert and level history, search, conflicts (回避). */
@ApplicationScoped
public class TargetService {

    static final int BATCH = 500;
    /** A file with thousands of bad rows is answered with the first ones; the count says how many more. */
    static final int MAX_REPORTED_ERRORS = 200;

    private final TargetMapper targets;
    private final AgencyScopes scopes;
    private final Dictionaries dictionaries;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ImportSettings imports;
    private final Clock clock;

    @Inject
    public TargetService(TargetMapper targets, Dictionaries dictionaries, AuditLog audit, CurrentActor actor,
                         ImportSettings imports, Clock clock, AgencyScopes scopes) {
        this.scopes = scopes;
        this.targets = targets;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.actor = actor;
        this.imports = imports;
        this.clock = clock;
    }

    /** What an import did. */
    public record ImportResult(int rows, int inserted, int updated, int unchanged) {
    }

    /**
     * Upserts every row of the file, all or nothing: rows are written in batches as they are read, and the
     * transaction rolls back when any row was invalid, answering 400 with every row's errors.
     */
    @Transactional(rollbackFor = Exception.class)
    public ImportResult importFile(InputStream body, String mediaType) throws IOException {
        long now = clock.millis();
        String by = actor.get().subject();
        List<Violation> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<TargetRow> batch = new ArrayList<>();
        int[] counts = new int[4];
        TargetImport.read(body, mediaType, imports.limits(), parsed -> {
            counts[0] = Math.max(counts[0], parsed.rowNumber());
            List<Violation> rowErrors = new ArrayList<>(parsed.violations());
            TargetRow row = parsed.row();
            if (row != null && !dictionaries.isDivision(row.areaCode())) {
                rowErrors.add(Violation.of("rows[" + parsed.rowNumber() + "].area", "AREA_UNKNOWN", row.areaCode()));
            }
            if (row != null && !seen.add(row.creditCode())) {
                rowErrors.add(Violation.of("rows[" + parsed.rowNumber() + "].creditCode", "CREDIT_CODE_DUPLICATE",
                        row.creditCode()));
            }
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                return;
            }
            if (errors.isEmpty()) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    upsert(batch, by, now, counts);
                    batch.clear();
                }
            }
        });
        if (!errors.isEmpty()) {
            List<Violation> shown = new ArrayList<>(errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
            if (errors.size() > MAX_REPORTED_ERRORS) {
                shown.add(Violation.of(null, "TARGET_IMPORT_MORE_ERRORS", errors.size() - MAX_REPORTED_ERRORS));
            }
            throw ProblemException.invalid(shown);
        }
        if (counts[0] == 0) {
            // a header and nothing else is a mistake, not an import to record
            throw ProblemException.invalid("file", "TARGET_IMPORT_EMPTY");
        }
        upsert(batch, by, now, counts);
        ImportResult result = new ImportResult(counts[0], counts[1], counts[2], counts[3]);
        audit.record("TARGETS_IMPORTED", "target-directory", "import-" + now, result, null);
        return result;
    }

    private void upsert(List<TargetRow> rows, String by, long now, int[] counts) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, TargetRow> existing = new HashMap<>();
        targets.findMany(rows.stream().map(TargetRow::creditCode).toList())
                .forEach(r -> existing.put(r.creditCode(), r));
        List<TargetRow> inserts = new ArrayList<>();
        List<TargetLevels> history = new ArrayList<>();
        for (TargetRow row : rows) {
            TargetRow old = existing.get(row.creditCode());
            if (old == null) {
                inserts.add(row);
                history.add(new TargetLevels(row.creditCode(), row.riskLevel(), row.creditLevel()));
                counts[1]++;
            } else if (old.equals(row)) {
                counts[3]++;
            } else {
                targets.update(row, now);
                audit.record("TARGET_CHANGED", "target", row.creditCode(), changes(old, row), null);
                if (old.riskLevel() != row.riskLevel() || old.creditLevel() != row.creditLevel()) {
                    history.add(new TargetLevels(row.creditCode(), row.riskLevel(), row.creditLevel()));
                }
                counts[2]++;
            }
        }
        if (!inserts.isEmpty()) {
            targets.insertAll(inserts, now);
        }
        if (!history.isEmpty()) {
            targets.insertHistory(history, by, now);
        }
    }

    /** A change of one target as its audit event shows it: each field that changed, from what to what. */
    public record FieldChange(Object from, Object to) {
    }

    static Map<String, FieldChange> changes(TargetRow old, TargetRow row) {
        Map<String, FieldChange> changed = new LinkedHashMap<>();
        compare(changed, "name", old.name(), row.name());
        compare(changed, "industry", old.industry(), row.industry());
        compare(changed, "area", old.areaCode(), row.areaCode());
        compare(changed, "riskLevel", old.riskLevel(), row.riskLevel());
        compare(changed, "creditLevel", old.creditLevel(), row.creditLevel());
        compare(changed, "address", old.address(), row.address());
        return changed;
    }

    private static void compare(Map<String, FieldChange> changed, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changed.put(field, new FieldChange(from, to));
        }
    }

    public Page<TargetRow> search(String area, String riskLevel, String q, PageRequest page) {
        Violations v = new Violations();
        v.require(area == null || DivisionCodes.isWellFormed(area), "area", "AREA_UNKNOWN", area);
        RiskLevel risk = RequestValues.choice(RiskLevel.class, riskLevel, "riskLevel", "RISK_LEVEL_UNKNOWN", v);
        v.throwIfInvalid();
        String prefix = area == null ? null : areaPattern(area);
        String riskText = risk == null ? null : risk.name();
        String query = q == null || q.isBlank() ? null : q.strip();
        return Page.of(targets.search(prefix, riskText, query, page.offset(), page.limit()), page,
                targets.count(prefix, riskText, query));
    }

    /** The LIKE pattern of the codes a division covers (500000 → 50%, 500100 → 5001%, 500115 → 500115). */
    static String areaPattern(String area) {
        if (area.endsWith("0000")) {
            return area.substring(0, 2) + "%";
        }
        return area.endsWith("00") ? area.substring(0, 4) + "%" : area;
    }

    public record TargetDetail(TargetRow target, List<TargetLevels> history) {
    }

    public TargetDetail get(String creditCode) {
        TargetRow row = targets.find(creditCode).orElseThrow(() -> ProblemException.notFound("target", creditCode));
        return new TargetDetail(row, targets.history(creditCode));
    }

    public record ConflictView(long id, String creditCode, long officerId, String reason) {
    }

    /** 回避: from now on the officer never inspects the target; a duplicate declaration is 409. */
    @Transactional(rollbackFor = Exception.class)
    public ConflictView declareConflict(String creditCode, Long officerId, String reason) {
        new Violations()
                .require(officerId != null, "officerId", "FIELD_REQUIRED")
                .require(reason != null && !reason.isBlank() && reason.length() <= 500, "reason", "CONFLICT_REASON_REQUIRED")
                .throwIfInvalid();
        targets.find(creditCode).orElseThrow(() -> ProblemException.notFound("target", creditCode));
        java.util.Optional<String> agency = targets.officerAgency(officerId);
        new Violations().require(agency.isPresent(), "officerId", "OFFICER_UNKNOWN", officerId).throwIfRejected();
        // a planner declares the conflicts of interest (回避) of its own agencies' officers only
        scopes.require(agency.orElseThrow());
        if (targets.conflictExists(creditCode, officerId)) {
            throw ProblemException.conflict("CONFLICT_ALREADY_DECLARED", creditCode, officerId);
        }
        GeneratedKey key = new GeneratedKey();
        targets.insertConflict(key, creditCode, officerId, reason.strip(), actor.get().subject(), clock.millis());
        ConflictView view = new ConflictView(key.id(), creditCode, officerId, reason.strip());
        audit.record("CONFLICT_DECLARED", "target", creditCode, view, reason);
        return view;
    }
}
