package cn.zhifa.planner.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import cn.zhifa.platform.contract.InspectionEvidence;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@link InspectionEvidence} of inspection-planner's own tests (evidence-store, the real one, is not on this
 * module's classpath; the app's tests run against it): a test adds the completed files an inspection has.
 */
@ApplicationScoped
public class Evidence implements InspectionEvidence {
    private static final AtomicLong NEXT = new AtomicLong(9_000_000);
    private static final Map<Long, List<Piece>> FILES = new ConcurrentHashMap<>();

    /** A completed file of the inspection; {@code item}: the check item's code, null for the whole visit. */
    public static void add(long inspectionId, String kind, String item) {
        FILES.computeIfAbsent(inspectionId, id -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(new Piece(NEXT.incrementAndGet(), kind, item, kind.toLowerCase() + ".bin", "application/pdf", 3,
                        "0".repeat(64), 0, "test"));
    }

    @Override
    public List<Piece> completed(long inspectionId) {
        return List.copyOf(FILES.getOrDefault(inspectionId, List.of()));
    }
}
