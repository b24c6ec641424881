package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.CredentialLifecycle;
import cn.zhifa.credential.mapper.RosterEntryRow;
import cn.zhifa.credential.mapper.RosterQueryMapper;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.dictionary.Division;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The public roster and credential lookup (公示, 网上可查询). Lists officers whose newest credential is
 * active, suspended, expired or revoked (recovered and destroyed ones are history, not disclosure).
 */
@ApplicationScoped
public class PublicRosterService {
    static final int MAX_QUERY = 64;

    private final RosterQueryMapper mapper;
    private final Dictionaries dictionaries;
    private final Names names;
    private final Clock clock;

    @Inject
    public PublicRosterService(RosterQueryMapper mapper, Dictionaries dictionaries, Names names, Clock clock) {
        this.mapper = mapper;
        this.dictionaries = dictionaries;
        this.names = names;
        this.clock = clock;
    }

    /**
     * Searches by the beginning of a name or credential number ({@code q}: 王伟 finds 王伟 and 王伟东, 50011500 every
     * number of that agency), agency (with its sub-agencies),
     * category and area (an area matches credentials for it, for a division containing it, or for one
     * inside it).
     */
    public Page<PublicCredential> search(String q, String agency, String category, String area, PageRequest page) {
        Violations v = new Violations();
        String query = q == null || q.isBlank() ? null : q.strip();
        v.require(query == null || query.length() <= MAX_QUERY, "q", "FIELD_TOO_LONG", MAX_QUERY);
        v.require(agency == null || dictionaries.isAgency(agency), "agency", "UNKNOWN_AGENCY", agency);
        v.require(category == null || dictionaries.isCategory(category), "category", "UNKNOWN_CATEGORY", category);
        v.require(area == null || dictionaries.isDivision(area), "area", "UNKNOWN_DIVISION", area);
        v.throwIfInvalid();
        String pattern = query == null ? null : query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<String> agencies = agency == null ? null : dictionaries.agencyAndDescendants(agency);
        List<String> areas = area == null ? null : relatedDivisions(area);
        long total = mapper.countPublicRoster(pattern, agencies, category, areas);
        List<RosterEntryRow> rows = total == 0 ? List.of()
                : mapper.publicRoster(pattern, agencies, category, areas, page.offset(), page.limit());
        return Page.of(present(rows), page, total);
    }

    /** The public view of one credential, in any status, if the number exists. */
    public Optional<PublicCredential> lookup(String number) {
        return mapper.byNumber(number).map(row -> present(List.of(row)).getFirst());
    }

    private List<PublicCredential> present(List<RosterEntryRow> rows) {
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(row -> new PublicCredential(row.number(), row.name(),
                names.agency(row.agencyCode()), row.position(), named(row.categoryCodes(), names::category),
                named(row.areaCodes(), names::division),
                CredentialLifecycle.effectiveStatus(row.status(), row.validUntil(), today), row.validFrom(),
                row.validUntil())).toList();
    }

    private static List<Named> named(String codes, Function<String, Named> name) {
        return codes == null ? List.of() : Arrays.stream(codes.split(",")).map(name).toList();
    }

    /** The division, the divisions containing it and those inside it. */
    private List<String> relatedDivisions(String area) {
        return dictionaries.divisions().stream().map(Division::code)
                .filter(code -> dictionaries.divisionCovers(code, area) || dictionaries.divisionCovers(area, code))
                .toList();
    }
}
