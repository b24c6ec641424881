package cn.zhifa.planner.service;

import java.time.Clock;
import java.util.List;

import cn.zhifa.db.GeneratedKey;
import cn.zhifa.planner.mapper.MatterMapper;
import cn.zhifa.planner.mapper.MatterRow;
import cn.zhifa.platform.audit.AuditLog;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.security.CurrentActor;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.platform.web.RequestValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

/** The random-inspection matter list (随机抽查事项清单), public once entered. */
@ApplicationScoped
public class MatterService {

    private final MatterMapper matters;
    private final Dictionaries dictionaries;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final PlannerScopes scopes;
    private final PlannerSettings settings;

    @Inject
    public MatterService(MatterMapper matters, Dictionaries dictionaries, AuditLog audit, CurrentActor actor,
                         Clock clock, PlannerScopes scopes, PlannerSettings settings) {
        this.scopes = scopes;
        this.settings = settings;
        this.matters = matters;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * A matter as entered: 抽查事项名称, 抽查主体, 依据, 对象 (text and, optionally, the industries it is limited to),
     * 内容, 方式, 频次, the enforcement category of its inspectors, (optional; a joint plan needs it) the agency
     * whose matter it is: its officers inspect it, and (optional) how many years its inspections' records and evidence
     * are kept: at least the planner's default ({@code zhifa.planner.retention-years}), which applies when left out.
     */
    public record NewMatter(String name, String subject, String legalBasis, String targetScope, String content,
                            String method, String frequency, String category, List<String> industries,
                            String agencyCode, Integer retentionYears) {
    }

    public record MatterView(long id, String name, String subject, String legalBasis, String targetScope,
                             String content, String method, String frequency, String category,
                             List<String> industries, String agencyCode, int retentionYears) {
    }

    /**
     * Adds a matter of the agency it names, or of the caller's own agency when it names none; 403
     * {@code AGENCY_OUT_OF_SCOPE} for an agency the caller does not act for.
     */
    @Transactional(rollbackFor = Exception.class)
    public MatterView create(NewMatter in) {
        RequestValues.requireBody(in);
        NewMatter m = in.agencyCode() != null ? in : new NewMatter(in.name(), in.subject(), in.legalBasis(),
                in.targetScope(), in.content(), in.method(), in.frequency(), in.category(), in.industries(),
                actor.get().agency(), in.retentionYears());
        List<String> industries = m.industries() == null ? List.of()
                : m.industries().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().sorted().toList();
        Violations v = new Violations();
        text(v, "name", m.name(), 200);
        text(v, "subject", m.subject(), 200);
        text(v, "legalBasis", m.legalBasis(), 2000);
        text(v, "targetScope", m.targetScope(), 1000);
        text(v, "content", m.content(), 2000);
        text(v, "method", m.method(), 500);
        text(v, "frequency", m.frequency(), 200);
        v.require(m.category() != null && dictionaries.isCategory(m.category()), "category", "CATEGORY_UNKNOWN",
                String.valueOf(m.category()));
        v.require(industries.stream().allMatch(i -> i.length() <= 64), "industries", "INDUSTRY_TOO_LONG", 64);
        v.require(m.agencyCode() == null || dictionaries.isAgency(m.agencyCode()), "agencyCode", "MATTER_AGENCY_UNKNOWN",
                String.valueOf(m.agencyCode()));
        v.require(m.retentionYears() == null || (m.retentionYears() >= settings.retentionYears()
                        && m.retentionYears() <= PlannerSettings.MAX_RETENTION_YEARS), "retentionYears",
                "RETENTION_YEARS_INVALID", settings.retentionYears(), PlannerSettings.MAX_RETENTION_YEARS);
        v.throwIfInvalid();
        scopes.require(m.agencyCode());
        MatterRow row = new MatterRow(0, m.name().strip(), m.subject().strip(), m.legalBasis().strip(),
                m.targetScope().strip(), m.content().strip(), m.method().strip(), m.frequency().strip(), m.category(),
                m.agencyCode(), m.retentionYears());
        GeneratedKey key = new GeneratedKey();
        matters.insert(key, row, actor.get().subject(), clock.millis());
        if (!industries.isEmpty()) {
            matters.insertIndustries(key.id(), industries);
        }
        MatterView view = view(new MatterRow(key.id(), row.name(), row.subject(), row.legalBasis(), row.targetScope(),
                row.content(), row.method(), row.frequency(), row.categoryCode(), row.agencyCode(),
                row.retentionYears()), industries);
        audit.record("MATTER_CREATED", "matter", String.valueOf(key.id()), view, null);
        return view;
    }

    private static void text(Violations v, String field, String value, int max) {
        v.requireText(field, value, max);
    }

    /** A matter as published (the public list holds it; plans show their matters). */
    public MatterView get(long id) {
        return view(row(id));
    }

    /** A matter for staff: of an agency in the caller's scope (403 {@code AGENCY_OUT_OF_SCOPE} otherwise). */
    public MatterView getInScope(long id) {
        MatterRow row = row(id);
        scopes.requireMatter(row);
        return view(row);
    }

    private MatterRow row(long id) {
        return matters.find(id).orElseThrow(() -> ProblemException.notFound("matter", id));
    }

    private MatterView view(MatterRow row) {
        return view(row, matters.industries(row.id()));
    }

    /** The whole list, as the public sees it. */
    public Page<MatterView> list(PageRequest page) {
        return list(null, page);
    }

    /** The matters of the agencies in the caller's scope. */
    public Page<MatterView> listInScope(PageRequest page) {
        return list(scopes.current().codes(), page);
    }

    private Page<MatterView> list(List<String> agencies, PageRequest page) {
        List<MatterView> items = matters.list(agencies, page.offset(), page.limit()).stream().map(this::view).toList();
        return Page.of(items, page, matters.count(agencies));
    }

    private MatterView view(MatterRow r, List<String> industries) {
        return new MatterView(r.id(), r.name(), r.subject(), r.legalBasis(), r.targetScope(), r.content(), r.method(),
                r.frequency(), r.categoryCode(), industries, r.agencyCode(), retentionYears(r));
    }

    /** How long the matter's records and evidence are kept: its own period, else the planner's default. */
    public int retentionYears(MatterRow matter) {
        return matter.retentionYears() != null ? matter.retentionYears() : settings.retentionYears();
    }
}
