package cn.zhifa.evidence.testing;

import cn.zhifa.platform.contract.InspectionTeams;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@link InspectionTeams} of evidence-store's own tests (inspection-planner, the real one, is not on this
 * module's classpath; the app's tests run against it): each test makes its inspections with their teams.
 */
@ApplicationScoped
public class Teams implements InspectionTeams {
    private static final AtomicLong NEXT = new AtomicLong(7_000_000);
    private static final Map<Long, Set<Long>> TEAMS = new ConcurrentHashMap<>();
    private static final Map<Long, List<String>> AGENCIES = new ConcurrentHashMap<>();
    private static final Set<Long> FINAL = ConcurrentHashMap.newKeySet();

    /** The inspection's full-process record becomes final (as inspection-planner would tell). */
    public static void makeFinal(long inspectionId) {
        FINAL.add(inspectionId);
    }

    /** The retention period the planner would give (its default). */
    public static final int RETENTION_YEARS = 30;

    @Override
    public int retentionYears(long inspectionId) {
        return RETENTION_YEARS;
    }

    @Override
    public boolean isFinal(long inspectionId) {
        return FINAL.contains(inspectionId);
    }

    /** A new inspection whose team is the given officers; its id. */
    public static long inspection(long... officers) {
        return inspectionOf(List.of(), officers);
    }

    /** A new inspection of a plan of these agencies whose team is the given officers; its id. */
    public static long inspectionOf(List<String> agencies, long... officers) {
        long id = NEXT.incrementAndGet();
        TEAMS.put(id, java.util.Arrays.stream(officers).boxed().collect(java.util.stream.Collectors.toSet()));
        AGENCIES.put(id, List.copyOf(agencies));
        return id;
    }

    @Override
    public List<String> agencies(long inspectionId) {
        return AGENCIES.getOrDefault(inspectionId, List.of());
    }

    private static final Map<Long, List<Long>> MATTERS = new ConcurrentHashMap<>();

    /** The inspection covers these matters (a joint plan's); otherwise one matter, 1. */
    public static void covering(long inspectionId, Long... matters) {
        MATTERS.put(inspectionId, List.of(matters));
    }

    @Override
    public List<Long> matters(long inspectionId) {
        return exists(inspectionId) ? MATTERS.getOrDefault(inspectionId, List.of(1L)) : List.of();
    }

    @Override
    public boolean exists(long inspectionId) {
        return TEAMS.containsKey(inspectionId);
    }

    @Override
    public boolean isMember(long inspectionId, long officerId) {
        return TEAMS.getOrDefault(inspectionId, Set.of()).contains(officerId);
    }
}
