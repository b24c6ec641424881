package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.CredentialLifecycle;
import cn.zhifa.credential.domain.NumberPattern;
import cn.zhifa.credential.mapper.RosterEntryRow;
import cn.zhifa.credential.mapper.RosterQueryMapper;
import cn.zhifa.credential.mapper.RosterSearch;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.dictionary.Division;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.error.Violations;
import cn.zhifa.platform.web.Page;
import cn.zhifa.platform.web.PageRequest;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final NumberPattern numberScheme;
    private final String issuingAuthority;
    private final int maxSearchMatches;
    /** Totals of listings without a search term, by filter; a little stale at most, never for a search. */
    private final AsyncCache<ListingFilter, Long> listingTotals;

    private record ListingFilter(List<String> agencies, String category, List<String> areas) {
    }

    @Inject
    public PublicRosterService(RosterQueryMapper mapper, Dictionaries dictionaries, Names names, Clock clock,
                               CredentialSettings settings) {
        this.mapper = mapper;
        this.numberScheme = settings.numberPattern();
        this.issuingAuthority = settings.issuingAuthority();
        this.maxSearchMatches = settings.publicRosterMaxSearchMatches();
        this.dictionaries = dictionaries;
        this.names = names;
        this.clock = clock;
        // counted on a virtual thread of its own: the cache holds a lock of its map only to register the count, not
        // for the length of the query (a virtual thread waiting on that lock pinned its carrier, JFR)
        this.listingTotals = Caffeine.newBuilder().expireAfterWrite(settings.rosterTotalsTtl()).maximumSize(10_000)
                .executor(task -> Thread.ofVirtual().name("roster-total").start(task)).buildAsync();
    }

    /**
     * Searches by a part of a name or the beginning of a credential number ({@code q}: 建国 finds 王建国 and 建国,
     * 50011500 every number of that agency; at most {@code max-search-matches} officers, see {@link #matches}), agency
     * (with its sub-agencies),
     * category and area (an area matches credentials for it, for a division containing it, or for one
     * inside it). The total of a listing without {@code q} may be up to
     * {@link CredentialSettings#rosterTotalsTtl()} old; a search's total and every page are exact.
     */
    public Page<PublicCredential> search(String q, String agency, String category, String area, PageRequest page) {
        Violations v = new Violations();
        // full-width letters and digits (a Chinese input method) searched as the plain ones the register holds
        String query = q == null || q.isBlank() ? null : Normalizer.normalize(q, Normalizer.Form.NFKC).strip();
        v.require(query == null || query.length() <= MAX_QUERY, "q", "FIELD_TOO_LONG", MAX_QUERY);
        v.require(agency == null || dictionaries.isAgency(agency), "agency", "UNKNOWN_AGENCY", agency);
        v.require(category == null || dictionaries.isCategory(category), "category", "UNKNOWN_CATEGORY", category);
        v.require(area == null || dictionaries.isDivision(area), "area", "UNKNOWN_DIVISION", area);
        v.throwIfInvalid();
        List<String> agencies = agency == null ? null : dictionaries.agencyAndDescendants(agency);
        RosterSearch search = query == null ? null : matches(query, agencies);
        if (search != null && search.officerIds().isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        List<String> areas = area == null ? null : relatedDivisions(area);
        long total = search != null ? mapper.countPublicRoster(search, agencies, category, areas)
                : listingTotal(new ListingFilter(agencies, category, areas));
        // the page is always read: a listing's cached total may still be 0 when the first holder appears
        List<RosterEntryRow> rows = mapper.publicRoster(search, agencies, category, areas, page.offset(), page.limit());
        return Page.of(present(rows), page, total);
    }

    /**
     * The officers a search text matches: names containing it (of the agencies, when given), numbers beginning with
     * it. More than {@code zhifa.credential.public-roster.max-search-matches} are refused as too broad, with what to
     * add: each page of a search is read from its matches, and a public search must stay cheap.
     */
    private RosterSearch matches(String query, List<String> agencies) {
        RosterSearch search = RosterSearch.of(query);
        int most = maxSearchMatches;
        Set<Long> officers = new LinkedHashSet<>(mapper.officersNamed(search.nameContains(), agencies, most + 1));
        officers.addAll(mapper.officersNumbered(search.numberPrefix(), most + 1));
        if (officers.size() > most) {
            throw ProblemException.invalid("q", "ROSTER_SEARCH_TOO_BROAD", query, most);
        }
        return search.withOfficers(List.copyOf(officers));
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

    /**
     * The credential a person looked up by its number as typed (see {@link NumberPattern#normalise}); a number of
     * the wrong length is refused saying how long numbers are, with an example; an unknown one says what to check.
     */
    public PublicCredential find(String typed) {
        String number = numberScheme.normalise(typed);
        return lookup(number).orElseThrow(() -> {
            int year = LocalDate.now(clock).getYear();
            List<String> examples = dictionaries.agencies().stream()
                    .map(agency -> numberScheme.render(agency.code(), agency.area(), year, 1)).toList();
            IntSummaryStatistics lengths = examples.stream().mapToInt(String::length).summaryStatistics();
            String length = lengths.getMin() == lengths.getMax() ? String.valueOf(lengths.getMax())
                    : lengths.getMin() + "–" + lengths.getMax();
            String example = examples.isEmpty() ? "" : examples.getFirst();
            if (number.length() < lengths.getMin() || number.length() > lengths.getMax()) {
                return ProblemException.invalid("number", "CREDENTIAL_NUMBER_MALFORMED", number, number.length(),
                        length, example);
            }
            return ProblemException.of(404, "CREDENTIAL_NUMBER_UNKNOWN", number, length, example);
        });
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
                row.validUntil(), names.agency(issuingAuthority))).toList();
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
