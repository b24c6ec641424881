package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.CredentialLifecycle;
import cn.zhifa.credential.mapper.RosterEntryRow;
import cn.zhifa.credential.mapper.RosterQueryMapper;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.dictionary.Division;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
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
    /** Totals of listings without a search term, by filter; a little stale at most, never for a search. */
    private final AsyncCache<ListingFilter, Long> listingTotals;

    private record ListingFilter(List<String> agencies, String category, List<String> areas) {
    }

    @Inject
    public PublicRosterService(RosterQueryMapper mapper, Dictionaries dictionaries, Names names, Clock clock,
                               CredentialSettings settings) {
        this.mapper = mapper;
        this.dictionaries = dictionaries;
        this.names = names;
        this.clock = clock;
        // counted on a virtual thread of its own: the cache holds a lock of its map only to register the count, not
        // for the length of the query (a virtual thread waiting on that lock pinned its carrier, JFR)
        this.listingTotals = Caffeine.newBuilder().expireAfterWrite(settings.rosterTotalsTtl()).maximumSize(10_000)
                .executor(task -> Thread.ofVirtual().name("roster-total").start(task)).buildAsync();
    }

    /**
     * Searches by the beginning of a name or credential number ({@code q}: 王伟 finds 王伟 and 王伟东, 50011500 every
     * number of that agency), agency (with its sub-agencies),
     * category and area (an area matches credentials for it, for a division containing it, or for one
     * inside it). The total of a listing without {@code q} may be up to
     * {@link CredentialSettings#rosterTotalsTtl()} old; a search's total and every page are exact.
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
        long total = pattern != null ? mapper.countPublicRoster(pattern, agencies, category, areas)
                : listingTotal(new ListingFilter(agencies, category, areas));
        // the page is always read: a listing's cached total may still be 0 when the first holder appears
        List<RosterEntryRow> rows = mapper.publicRoster(pattern, agencies, category, areas, page.offset(), page.limit());
        return Page.of(present(rows), page, total);
    }

    /** The cached total, else counted once: requests that miss together wait for the same count. */
    private long listingTotal(ListingFilter filter) {
        try {
            return listingTotals.get(filter, key -> mapper.countPublicRoster(null, key.agencies(), key.category(),
                    key.areas())).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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

    private static List<Named> named(List<String> codes, Function<String, Named> name) {
        return codes.stream().map(name).toList();
    }

    /** The division, the divisions containing it and those inside it. */
    private List<String> relatedDivisions(String area) {
        return dictionaries.divisions().stream().map(Division::code)
                .filter(code -> dictionaries.divisionCovers(code, area) || dictionaries.divisionCovers(area, code))
                .toList();
    }
}
