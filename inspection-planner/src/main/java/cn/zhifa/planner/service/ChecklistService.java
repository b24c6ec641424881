package cn.zhifa.planner.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    @Inject
    public ChecklistService(FieldRecordMapper records, MatterMapper matters, PlannerScopes scopes, AuditLog audit,
                            CurrentActor actor, Clock clock) {
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
        List<ChecklistItemRow> items = validItems(in.items(), "items");
        records.lockMatter(matterId);
        int version = records.latestChecklist(matterId).map(ChecklistRow::version).orElse(0) + 1;
        boolean wholeVisitVideo = Boolean.TRUE.equals(in.wholeVisitVideo());
        records.insertChecklist(matterId, version, wholeVisitVideo, actor.get().subject(), clock.millis());
        for (int i = 0; i < items.size(); i++) {
            records.insertChecklistItem(matterId, version, i + 1, items.get(i));
        }
        ChecklistView view = view(records.checklist(matterId, version).orElseThrow());
        audit.record("CHECKLIST_REPLACED", "matter", String.valueOf(matterId), view, null);
        return view;
    }

    /** The items, or 400 naming every bad one ({@code items[3].code}...); kinds in their canonical order. */
    static List<ChecklistItemRow> validItems(List<ItemView> items, String field) {
        Violations v = new Violations();
        v.require(items != null && !items.isEmpty(), field, "FIELD_REQUIRED")
                .require(items == null || items.size() <= MAX_ITEMS, field, "CHECKLIST_TOO_MANY_ITEMS", MAX_ITEMS)
                .throwIfInvalid();
        Set<String> codes = new HashSet<>();
        List<ChecklistItemRow> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemView item = items.get(i);
            String at = field + "[" + i + "]";
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
