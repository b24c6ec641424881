package cn.zhifa.planner.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.zhifa.planner.domain.Checklist;
import cn.zhifa.planner.mapper.ChecklistItemRow;
import cn.zhifa.planner.mapper.ChecklistRow;
import cn.zhifa.planner.mapper.FieldRecordMapper;
import cn.zhifa.planner.mapper.MatterMapper;
import cn.zhifa.planner.mapper.MatterRow;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.tabular.ImportSettings;
import cn.zhifa.platform.tabular.TableColumns;
import cn.zhifa.platform.tabular.TableFormat;
import cn.zhifa.platform.tabular.TableReader;
import cn.zhifa.platform.tabular.Upload;
import cn.zhifa.platform.text.PlainText;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

/**
 * The check list (检查表) and audio-visual rules (音像记录事项清单) of a matter. A PUT replaces the list with a new
 * version (the old ones stay: a field record keeps the version its visit started with), by a planner acting for the
 * matter's agency; every version is an audit event.
 */
@ApplicationScoped
public class ChecklistService {
    static final int MAX_ITEMS = 500;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final FieldRecordMapper records;
    private final MatterMapper matters;
    private final PlannerScopes scopes;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final ImportSettings imports;

    /** The import file's columns, by English or Chinese name in any order; also the template's header. */
    public static final TableColumns COLUMNS = new TableColumns(List.of(
            new TableColumns.Column("code", "检查项编码", "编码", "序号"),
            new TableColumns.Column("content", "检查内容", "检查事项", "检查项目"),
            new TableColumns.Column("legalBasis", "检查依据", "法律依据"),
            new TableColumns.Column("method", "检查方法", "检查方式"),
            new TableColumns.Column("evidenceRequired", "音像记录要求", "音像记录", "证据类型")));
    /** Columns a file may leave out: an item without audio-visual rules. */
    static final Set<String> OPTIONAL_COLUMNS = Set.of("evidenceRequired");
    /** The Chinese names of the evidence kinds in an import file's cells. */
    private static final Map<String, Checklist.EvidenceKind> KIND_NAMES = Map.of(
            "照片", Checklist.EvidenceKind.PHOTO, "拍照", Checklist.EvidenceKind.PHOTO,
            "视频", Checklist.EvidenceKind.VIDEO, "录像", Checklist.EvidenceKind.VIDEO,
            "录音", Checklist.EvidenceKind.AUDIO, "音频", Checklist.EvidenceKind.AUDIO,
            "文书", Checklist.EvidenceKind.DOCUMENT, "书证", Checklist.EvidenceKind.DOCUMENT,
            "文件", Checklist.EvidenceKind.DOCUMENT);

    @Inject
    public ChecklistService(FieldRecordMapper records, MatterMapper matters, PlannerScopes scopes, AuditLog audit,
                            CurrentActor actor, Clock clock, ImportSettings imports) {
        this.imports = imports;
        this.records = records;
        this.matters = matters;
        this.scopes = scopes;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** An item as sent and shown; {@code evidenceRequired}: PHOTO, VIDEO, AUDIO, DOCUMENT. */
    public record ItemView(String code, String content, String legalBasis, String method,
                           List<String> evidenceRequired) {
    }

    /** A body of PUT: the items and whether the whole visit must be on video. */
    public record NewChecklist(List<ItemView> items, Boolean wholeVisitVideo) {
    }

    /** A version of a matter's check list; version 0 with no items: the matter has none yet. */
    public record ChecklistView(long matterId, int version, List<ItemView> items, boolean wholeVisitVideo,
                                String updatedBy, Long updatedAtMs) {
    }

    /**
     * The current check list: officers read every matter's (they inspect under it); planners and the judicial bureau
     * those of the agencies they act for (403 {@code AGENCY_OUT_OF_SCOPE} otherwise).
     */
    public ChecklistView current(long matterId) {
        MatterRow matter = matter(matterId);
        if (!actor.get().hasAny(Roles.OFFICER) || actor.get().hasAny(Roles.PLANNER, Roles.JUDICIAL)) {
            scopes.requireMatter(matter);
        }
        return records.latestChecklist(matterId).map(this::view)
                .orElse(new ChecklistView(matterId, 0, List.of(), false, null, null));
    }

    /** Replaces the check list by a new version; 400 naming every bad field, nothing written then. */
    @Transactional(rollbackFor = Exception.class)
    public ChecklistView replace(long matterId, NewChecklist in) {
        MatterRow matter = matter(matterId);
        scopes.requireMatter(matter);
        RequestValues.requireBody(in);
        List<ChecklistItemRow> items = validItems(in.items(), "items", i -> "items[" + i + "]", new Violations());
        return store(matterId, items, Boolean.TRUE.equals(in.wholeVisitVideo()), "CHECKLIST_REPLACED");
    }

    /**
     * Replaces the check list by the rows of a file (CSV in UTF-8 or GBK, or xlsx, through the platform's import
     * toolkit), all or nothing: 400 naming every bad cell as {@code lines[N].column} (N: the file's line).
     * {@code wholeVisitVideo}: null keeps the current version's.
     */
    @Transactional(rollbackFor = Exception.class)
    public ChecklistView importFile(long matterId, InputStream body, TableFormat format, Optional<Charset> charset,
                                    Boolean wholeVisitVideo) {
        scopes.requireMatter(matter(matterId));
        List<TableColumns.Line> lines;
        try (Upload upload = Upload.spool(body, imports.limits().maxBytes())) {
            lines = COLUMNS.readLines(TableReader.of(format, charset, imports.limits()), upload.file(),
                    OPTIONAL_COLUMNS);
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalid("file", "IMPORT_EMPTY");
        }
        Violations v = new Violations();
        List<ItemView> items = new ArrayList<>();
        List<String> at = new ArrayList<>();
        for (TableColumns.Line line : lines) {
            String prefix = "lines[" + line.number() + "]";
            v.addAll(PlainText.checkCells(prefix + ".", line.cells()));
            Map<String, String> cells = line.cells();
            items.add(new ItemView(blankToNull(cells.get("code")), blankToNull(cells.get("content")),
                    blankToNull(cells.get("legalBasis")), blankToNull(cells.get("method")),
                    kindNames(cells.get("evidenceRequired"))));
            at.add(prefix);
        }
        List<ChecklistItemRow> rows = validItems(items, "file", at::get, v);
        boolean whole = wholeVisitVideo != null ? wholeVisitVideo
                : records.latestChecklist(matterId).map(ChecklistRow::wholeVisitVideo).orElse(false);
        return store(matterId, rows, whole, "CHECKLIST_IMPORTED");
    }

    /** A cell's kinds, separated by 、，,;； or spaces, each by its English or Chinese name (unknown ones kept as sent). */
    private static List<String> kindNames(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.strip().split("[、，,;；/\\s]+")).filter(t -> !t.isEmpty())
                .map(t -> KIND_NAMES.containsKey(t) ? KIND_NAMES.get(t).name() : t.toUpperCase(java.util.Locale.ROOT))
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private ChecklistView store(long matterId, List<ChecklistItemRow> items, boolean wholeVisitVideo, String event) {
        records.lockMatter(matterId);
        int version = records.latestChecklist(matterId).map(ChecklistRow::version).orElse(0) + 1;
        records.insertChecklist(matterId, version, wholeVisitVideo, actor.get().subject(), clock.millis());
        for (int i = 0; i < items.size(); i++) {
            records.insertChecklistItem(matterId, version, i + 1, items.get(i));
        }
        ChecklistView view = view(records.checklist(matterId, version).orElseThrow());
        audit.record(event, "matter", String.valueOf(matterId), view, null);
        return view;
    }

    /**
     * The items, or 400 naming every bad one ({@code at.apply(3) + ".code"}...) together with {@code v}'s; kinds in
     * their canonical order. {@code field}: what an empty or oversized list is named.
     */
    static List<ChecklistItemRow> validItems(List<ItemView> items, String field, IntFunction<String> name,
                                             Violations v) {
        new Violations().require(items != null && !items.isEmpty(), field, "FIELD_REQUIRED")
                .require(items == null || items.size() <= MAX_ITEMS, field, "CHECKLIST_TOO_MANY_ITEMS", MAX_ITEMS)
                .throwIfInvalid();
        Set<String> codes = new HashSet<>();
        List<ChecklistItemRow> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemView item = items.get(i);
            String at = name.apply(i);
            if (item == null) {
                v.add(at, "FIELD_REQUIRED");
                continue;
            }
            v.requireText(at + ".code", item.code(), 40)
                    .require(item.code() == null || item.code().isBlank() || item.code().length() > 40
                            || CODE.matcher(item.code()).matches(), at + ".code", "FIELD_INVALID")
                    .require(item.code() == null || codes.add(item.code()), at + ".code",
                            "CHECKLIST_ITEM_CODE_DUPLICATE", item.code())
                    .requireText(at + ".content", item.content(), 1000)
                    .requireText(at + ".legalBasis", item.legalBasis(), 1000)
                    .requireText(at + ".method", item.method(), 200);
            EnumSet<Checklist.EvidenceKind> kinds = EnumSet.noneOf(Checklist.EvidenceKind.class);
            List<String> named = item.evidenceRequired() == null ? List.of() : item.evidenceRequired();
            for (int k = 0; k < named.size(); k++) {
                Checklist.EvidenceKind kind = kind(named.get(k));
                v.require(kind != null, at + ".evidenceRequired[" + k + "]", "EVIDENCE_KIND_UNKNOWN");
                if (kind != null) {
                    kinds.add(kind);
                }
            }
            out.add(new ChecklistItemRow(item.code(), strip(item.content()), strip(item.legalBasis()),
                    strip(item.method()), kinds.stream().map(Enum::name).collect(Collectors.joining(","))));
        }
        v.throwIfInvalid();
        return out;
    }

    private static Checklist.EvidenceKind kind(String name) {
        return name == null ? null : Arrays.stream(Checklist.EvidenceKind.values())
                .filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** The version as the domain rule reads it. */
    Checklist checklist(long matterId, int version) {
        ChecklistView view = view(records.checklist(matterId, version).orElseThrow());
        return new Checklist(view.items().stream().map(i -> new Checklist.Item(i.code(), i.content(), i.legalBasis(),
                i.method(), i.evidenceRequired().stream().map(Checklist.EvidenceKind::valueOf)
                .collect(Collectors.toSet()))).toList(), view.wholeVisitVideo());
    }

    ChecklistView view(ChecklistRow row) {
        List<ItemView> items = records.checklistItems(row.matterId(), row.version()).stream()
                .map(i -> new ItemView(i.code(), i.content(), i.legalBasis(), i.method(),
                        i.evidenceRequired().isEmpty() ? List.of() : List.of(i.evidenceRequired().split(","))))
                .toList();
        return new ChecklistView(row.matterId(), row.version(), items, row.wholeVisitVideo(), row.createdBy(),
                row.createdAtMs());
    }

    private MatterRow matter(long matterId) {
        return matters.find(matterId).orElseThrow(() -> ProblemException.notFound("matter", matterId));
    }
}
