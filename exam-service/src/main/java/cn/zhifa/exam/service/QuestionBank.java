package cn.zhifa.exam.service;

import cn.zhifa.db.DuplicateKeys;
import cn.zhifa.db.GeneratedKey;
import cn.zhifa.exam.domain.Question;
import cn.zhifa.exam.domain.QuestionLine;
import cn.zhifa.exam.mapper.QuestionMapper;
import cn.zhifa.exam.mapper.QuestionRow;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.tabular.ImportLimits;
import cn.zhifa.platform.tabular.ImportSettings;
import cn.zhifa.platform.tabular.TableColumns;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableReader;
import cn.zhifa.platform.tabular.Upload;
import cn.zhifa.platform.text.PlainText;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.exceptions.PersistenceException;
import org.mybatis.cdi.Transactional;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The question bank (题库) of the judicial bureau: imports (CSV in UTF-8 or GBK, or xlsx, through the platform's import
 * toolkit; upsert by code, every row valid or nothing stored, every bad row reported as {@code lines[N].column} with N
 * the file's line, the header being line 1), the list, and retiring.
 * <p>
 * A changed question becomes a new version and supersedes the old one, which stays in the pools and papers that hold
 * it; an unchanged row changes nothing, so importing a file again is harmless.
 */
@ApplicationScoped
public class QuestionBank {
    /** How an import went. */
    public record ImportResult(int created, int updated, int unchanged, String fileSha256) {
    }

    private final QuestionMapper questions;
    private final Dictionaries dictionaries;
    private final ImportSettings imports;
    private final ExamSettings settings;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    @Inject
    public QuestionBank(QuestionMapper questions, Dictionaries dictionaries, ImportSettings imports,
                        ExamSettings settings, AuditLog audit, CurrentActor actor, Clock clock) {
        this.questions = questions;
        this.dictionaries = dictionaries;
        this.imports = imports;
        this.settings = settings;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** @param charset the charset a CSV upload declared, if any (otherwise detected: UTF-8 or GBK) */
    @Transactional(rollbackFor = Exception.class)
    public ImportResult importFile(InputStream body, TableFormat format, Optional<Charset> charset) {
        ImportLimits limits = imports.limits().withMaxRows(settings.importMaxRows());
        try (Upload upload = Upload.spool(body, limits.maxBytes())) {
            TableReader reader = TableReader.of(format, charset, limits);
            List<Question> drafts = check(QuestionLine.COLUMNS.readLines(reader, upload.file(), QuestionLine.OPTIONAL));
            return store(drafts, upload.sha256());
        }
    }


    private List<Question> check(List<TableColumns.Line> lines) {
        if (lines.isEmpty()) {
            throw ProblemException.invalid("file", "IMPORT_EMPTY");
        }
        Violations v = new Violations();
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        List<Question> drafts = new ArrayList<>();
        for (TableColumns.Line line : lines) {
            String prefix = "lines[" + line.number() + "].";
            v.addAll(PlainText.checkCells(prefix, line.cells()));
            Optional<Question> draft = QuestionLine.parse(line.cells(), prefix, dictionaries::isCategory, v);
            String code = line.cells().get("code") == null ? "" : line.cells().get("code").strip();
            Integer first = code.isEmpty() ? null : firstLineOfCode.putIfAbsent(code, line.number());
            if (first != null) {
                v.add(prefix + "code", "QUESTION_CODE_REPEATED_IN_FILE", code, first);
            }
            draft.ifPresent(drafts::add);
        }
        v.throwIfInvalid();
        return drafts;
    }

    private ImportResult store(List<Question> drafts, String sha256) {
        Map<String, QuestionRow> current = questions.lockCurrent(drafts.stream().map(Question::code).toList()).stream()
                .collect(Collectors.toMap(QuestionRow::code, Function.identity()));
        long now = clock.millis();
        String by = actor.get().subject();
        int created = 0;
        int updated = 0;
        for (Question draft : drafts) {
            QuestionRow existing = current.get(draft.code());
            if (existing != null && existing.toQuestion().contentHash().equals(draft.contentHash())
                    && java.util.Objects.equals(existing.legalBasis(), draft.legalBasis())) {
                continue;
            }
            if (existing != null) {
                questions.supersede(existing.id());
                updated++;
            } else {
                created++;
            }
            try {
                questions.insert(draft, existing == null ? 1 : existing.version() + 1, draft.contentHash(), now, by,
                        new GeneratedKey());
            } catch (PersistenceException e) {
                if (DuplicateKeys.isDuplicateKey(e)) {
                    // a concurrent import created this code's version first: this whole file rolls back
                    throw ProblemException.conflict("QUESTION_IMPORT_CONCURRENT", draft.code());
                }
                throw e;
            }
        }
        ImportResult result = new ImportResult(created, updated, drafts.size() - created - updated, sha256);
        audit.record("EXAM_QUESTIONS_IMPORTED", "exam-question-bank", sha256, result, null);
        return result;
    }

    /** The current questions, by code; of one topic when given; retired ones only when asked. */
    public Page<Question> list(Optional<String> topic, boolean includeRetired, PageRequest page) {
        String t = topic.filter(s -> !s.isBlank()).orElse(null);
        return new Page<>(questions.list(t, includeRetired, page.offset(), page.limit()).stream()
                .map(QuestionRow::toQuestion).toList(), page.page(), page.size(), questions.count(t, includeRetired));
    }

    /** Retires a question: no new exam draws it; the pools and papers that hold it keep it. 404 for an unknown code. */
    @Transactional(rollbackFor = Exception.class)
    public Question retire(String code) {
        QuestionRow row = questions.lockCurrent(List.of(code)).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("exam-question", code));
        if (row.retired()) {
            return row.toQuestion();
        }
        questions.retire(row.id());
        audit.record("EXAM_QUESTION_RETIRED", "exam-question", code, Map.of("id", row.id(), "version", row.version()), null);
        return questions.findCurrent(code).orElseThrow().toQuestion();
    }
}
