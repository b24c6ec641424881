package cn.zhifa.planner.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import cn.zhifa.platform.contract.InspectionEvidence;
import cn.zhifa.platform.crypto.Sha256;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@link InspectionEvidence} of inspection-planner's own tests (evidence-store, the real one, is not on this
 * module's classpath; the app's tests run against it): a test adds the completed files an inspection has, and may
 * alter one in "storage" (its stream then ends in {@link AlteredException}, as evidence-store's does).
 */
@ApplicationScoped
public class Evidence implements InspectionEvidence {
    private static final AtomicLong NEXT = new AtomicLong(9_000_000);
    private static final Map<Long, List<Piece>> FILES = new ConcurrentHashMap<>();
    private static final Map<Long, byte[]> BYTES = new ConcurrentHashMap<>();

    /** A completed file of the inspection; {@code item}: the check item's code, null for the whole visit. */
    public static void add(long inspectionId, String kind, String item) {
        add(inspectionId, kind, item, kind.toLowerCase() + ".bin",
                (kind + " of " + inspectionId).getBytes(StandardCharsets.UTF_8));
    }

    /** A completed file of the inspection with its name and bytes; its id. */
    public static long add(long inspectionId, String kind, String item, String filename, byte[] bytes) {
        return add(inspectionId, kind, null, item, filename, bytes);
    }

    /** A completed file of an item of one of the matters a joint inspection covers. */
    public static void add(long inspectionId, String kind, long matterId, String item) {
        add(inspectionId, kind, matterId, item, kind.toLowerCase() + ".bin",
                (kind + " of " + inspectionId + "/" + matterId).getBytes(StandardCharsets.UTF_8));
    }

    private static long add(long inspectionId, String kind, Long matterId, String item, String filename,
                            byte[] bytes) {
        long id = NEXT.incrementAndGet();
        BYTES.put(id, bytes.clone());
        FILES.computeIfAbsent(inspectionId, i -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(new Piece(id, kind, item, matterId, filename, "application/pdf", bytes.length, Sha256.hex(bytes),
                        0, "test"));
        return id;
    }

    /** The stored bytes of a file change behind the record's back. */
    public static void alter(long evidenceId) {
        BYTES.computeIfPresent(evidenceId, (id, bytes) -> {
            byte[] altered = bytes.clone();
            altered[0] ^= 1;
            return altered;
        });
    }

    @Override
    public List<Piece> completed(long inspectionId) {
        return List.copyOf(FILES.getOrDefault(inspectionId, List.of()));
    }

    @Override
    public InputStream open(long inspectionId, long evidenceId) {
        Piece piece = completed(inspectionId).stream().filter(p -> p.id() == evidenceId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no evidence " + evidenceId));
        byte[] bytes = BYTES.get(evidenceId);
        InputStream judged = new InputStream() {
            @Override
            public int read() throws IOException {
                String found = Sha256.hex(bytes);
                if (!found.equals(piece.sha256())) {
                    throw new AlteredException(evidenceId, piece.sha256(), found);
                }
                return -1;
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(bytes), judged);
    }
}
