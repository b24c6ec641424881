package cn.zhifa.training.service;

import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.security.AgencyScopes;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import cn.zhifa.training.domain.TrainingDuty;
import cn.zhifa.training.mapper.CategoryWeights;
import cn.zhifa.training.mapper.ComplianceLine;
import cn.zhifa.training.mapper.ComplianceMapper;
import cn.zhifa.training.mapper.ComplianceQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.cursor.Cursor;
import org.mybatis.cdi.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The agency compliance report: every officer the duty applies to, with hours and duties, furthest
 * behind first. Read from the yearly totals (one row per officer), so that 100,000 officers take a
 * single pass. Before the year's end it is the mid-year view: on track or behind the pro-rata share.
 */
@ApplicationScoped
public class ComplianceService {
    private final ComplianceMapper mapper;
    private final Dictionaries dictionaries;
    private final TrainingSettings settings;
    private final AgencyScopes scopes;
    private final Clock clock;

    @Inject
    public ComplianceService(ComplianceMapper mapper, Dictionaries dictionaries, TrainingSettings settings,
                             AgencyScopes scopes, Clock clock) {
        this.mapper = mapper;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks the request (400 for an unknown agency, 403 for one outside the caller's scope); the report holds the
     * officers of the agencies in scope only; {@code asOf} defaults to today.
     */
    public ComplianceScope scope(int year, Optional<String> agency, Optional<LocalDate> asOf) {
        ComplianceQuery query = new ComplianceQuery(year,
                AgencyFilter.of(dictionaries, scopes.current(), agency, "agency"),
                settings.dutyPostStatuses(), settings.exemptEmploymentTypes(), CategoryWeights.of(settings.policy()),
                settings.policy().requiredHours().halfHours(), settings.policy().requiredOwnAgencyUpdates());
        return new ComplianceScope(year, agency.orElse(null), asOf.orElseGet(() -> LocalDate.now(clock)), query);
    }

    public ComplianceReport page(ComplianceScope scope, PageRequest page) {
        TrainingDuty duty = settings.duty();
        Page<ComplianceEntry> entries = Page.of(mapper.page(scope.query(), page.offset(), page.limit()), page,
                mapper.count(scope.query())).map(line -> entry(line, scope));
        return new ComplianceReport(scope.year(), scope.asOf(), scope.agency(), duty.policy().requiredHours(),
                duty.expectedBy(scope.year(), scope.asOf()), entries);
    }

    /**
     * Streams the whole report to {@code sink}, in order. Transactional so the cursor's session stays
     * open while the lines are written out.
     */
    @Transactional(rollbackFor = Exception.class)
    public void export(ComplianceScope scope, Consumer<ComplianceEntry> sink) {
        try (Cursor<ComplianceLine> lines = mapper.all(scope.query())) {
            lines.forEach(line -> sink.accept(entry(line, scope)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ComplianceEntry entry(ComplianceLine line, ComplianceScope scope) {
        return new ComplianceEntry(line, settings.duty().assess(line.credits(), scope.year(), scope.asOf()));
    }
}
