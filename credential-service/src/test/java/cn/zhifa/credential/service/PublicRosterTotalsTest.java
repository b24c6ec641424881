package cn.zhifa.credential.service;

import cn.zhifa.credential.mapper.RosterQueryMapper;
import cn.zhifa.credential.mapper.RosterSearch;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.web.PageRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The cached totals of public roster listings: counted once for requests that miss together, never a failure; and the
 * bound on what a search may match.
 */
class PublicRosterTotalsTest {
    private final AtomicInteger counts = new AtomicInteger();
    private volatile RuntimeException failure;
    /** How many officers the name search finds (the mapper answers at most its limit). */
    private volatile int named;
    private volatile RosterSearch searched;

    @Test
    void shouldReadASearchFromItsMatchesAndRefuseOneThatMatchesTooManyNamingTheRule() {
        PublicRosterService roster = rosterWithTotal(3);
        named = 3;
        assertEquals(3, roster.search("建国", null, null, null, PageRequest.of(1, 20)).total());
        assertEquals(List.of(1L, 2L, 3L), searched.officerIds());
        assertEquals("%建国%", searched.nameContains());
        assertEquals("建国%", searched.numberPrefix());

        named = 10_000;
        ProblemException refused = assertThrows(ProblemException.class,
                () -> roster.search("王", null, null, null, PageRequest.of(1, 20)));
        assertEquals("ROSTER_SEARCH_TOO_BROAD", refused.violations().getFirst().code());
        assertEquals(List.of("王", 5000), refused.violations().getFirst().args());

        named = 0;
        assertEquals(0, roster.search("查无此人", null, null, null, PageRequest.of(1, 20)).total());
    }

    @Test
    void shouldCountOnceForRequestsThatMissTogether() throws Exception {
        PublicRosterService roster = rosterWithTotal(42);
        List<Future<Long>> totals = new ArrayList<>();
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 16; i++) {
                totals.add(requests.submit(() -> roster.search(null, null, null, null, PageRequest.of(1, 20)).total()));
            }
        }
        for (Future<Long> total : totals) {
            assertEquals(42, total.get());
        }
        assertEquals(1, counts.get());
    }

    @Test
    void shouldPassAFailedCountOnAndCountAgainNextTime() throws InterruptedException {
        PublicRosterService roster = rosterWithTotal(7);
        failure = new IllegalStateException("database down");
        RuntimeException thrown = assertThrows(IllegalStateException.class,
                () -> roster.search(null, null, null, null, PageRequest.of(1, 20)));
        assertSame(failure, thrown);
        failure = null;
        // the cache drops a failed count just after its waiters saw it fail
        long total = -1;
        for (int attempt = 0; attempt < 100 && total < 0; attempt++) {
            try {
                total = roster.search(null, null, null, null, PageRequest.of(1, 20)).total();
            } catch (IllegalStateException notYetDropped) {
                Thread.sleep(10);
            }
        }
        assertEquals(7, total);
        assertEquals(2, counts.get());
    }

    /** A roster over a mapper whose count takes a moment (so that concurrent requests overlap) and has no rows. */
    private PublicRosterService rosterWithTotal(long total) {
        RosterQueryMapper mapper = (RosterQueryMapper) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{RosterQueryMapper.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "countPublicRoster" -> {
                        searched = (RosterSearch) args[0];
                        counts.incrementAndGet();
                        Thread.sleep(200);
                        if (failure != null) {
                            throw failure;
                        }
                        yield total;
                    }
                    case "publicRoster" -> {
                        searched = (RosterSearch) args[0];
                        yield List.of();
                    }
                    case "officersNamed" -> LongStream.rangeClosed(1, Math.min(named, (int) args[2])).boxed().toList();
                    case "officersNumbered" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        CredentialSettings settings = new CredentialSettings(5, "{agency}{year}{serial:5}", "REGULAR", true,
                new BigDecimal("0.05"), Optional.empty(), "http://localhost:8080", "500115001", Optional.empty(), Optional.empty(),
                false, "00:10", 5000, 30, new BigDecimal("60"), 5000);
        Dictionaries dictionaries = new Dictionaries(null);
        return new PublicRosterService(mapper, dictionaries, new Names(dictionaries), Clock.systemUTC(), settings);
    }
}
