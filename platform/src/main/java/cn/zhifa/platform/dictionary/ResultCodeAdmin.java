package cn.zhifa.platform.dictionary;

import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * An administrator keeps the {@code result-codes} dictionary: adds a code, renames it (Chinese and English), says
 * whether it means a problem was found, retires it (no longer offered for new results; old results keep it) or
 * brings it back. A code is never deleted: results refer to it.
 */
@ApplicationScoped
public class ResultCodeAdmin {
    /** Upper-case letters, digits and underscores, a letter first, as the shipped codes ({@code NO_ISSUE}). */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private final DictionaryMapper mapper;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ResultCodeAdmin(DictionaryMapper mapper, AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
    }

    /** The entry as sent: {@code problem} and {@code retired} default to false, {@code sortNo} to after the others. */
    public record Entry(String name, String nameEn, Boolean problem, Boolean retired, Integer sortNo) {
    }

    /** The change, as audited: the entry before (null when added) and after. */
    public record Change(String code, ResultCode before, ResultCode after) {
    }

    /** Adds or changes the code, all or nothing; audited as {@code RESULT_CODE_ADDED} or {@code RESULT_CODE_CHANGED}. */
    @Transactional(rollbackFor = Exception.class)
    public ResultCode put(String code, Entry entry) {
        RequestValues.requireBody(entry);
        new Violations()
                .require(code != null && CODE.matcher(code).matches(), "code", "RESULT_CODE_FORMAT")
                .requireText("name", entry.name(), 128)
                .requireText("nameEn", entry.nameEn(), 128)
                .require(entry.sortNo() == null || entry.sortNo() >= 0 && entry.sortNo() <= 9999, "sortNo",
                        "FIELD_INVALID")
                .throwIfInvalid();
        ResultCode before = mapper.resultCodes().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
        int sortNo = entry.sortNo() != null ? entry.sortNo()
                : before != null ? before.sortNo()
                : mapper.resultCodes().stream().mapToInt(ResultCode::sortNo).max().orElse(0) + 1;
        boolean retired = Boolean.TRUE.equals(entry.retired());
        ResultCode after = new ResultCode(code, entry.name().strip(), entry.nameEn().strip(),
                Boolean.TRUE.equals(entry.problem()), retired, sortNo);
        Long retiredAtMs = retired ? clock.millis() : null;
        if (before == null) {
            mapper.insertResultCode(after, retiredAtMs);
        } else {
            mapper.updateResultCode(after, retiredAtMs);
        }
        audit.record(before == null ? "RESULT_CODE_ADDED" : "RESULT_CODE_CHANGED", "result-code", code,
                new Change(code, before, after), null);
        return after;
    }
}
