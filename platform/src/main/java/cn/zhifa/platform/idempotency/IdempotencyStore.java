package cn.zhifa.platform.idempotency;

import cn.zhifa.db.DuplicateKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.exceptions.PersistenceException;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.time.Duration;

/**
 * The database side of idempotency. A key is claimed by inserting its row (the primary key makes the
 * claim exclusive across instances), completed with the response, or released when the request failed
 * on the server's side so that a retry may run.
 */
@ApplicationScoped
public class IdempotencyStore {
    static final Duration RETENTION = Duration.ofHours(24);

    private final IdempotencyMapper mapper;
    private final Clock clock;

    @Inject
    public IdempotencyStore(IdempotencyMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** What to do with a request that carries a key. */
    public sealed interface Claim {
        /** The key is new: run the request, then {@link #complete} or {@link #release}. */
        record Started() implements Claim {
        }

        /** The same request ran before: answer with its stored response. */
        record Replay(StoredRequest stored) implements Claim {
        }

        /** The key was used for a different request (another body, method or path). */
        record Mismatch() implements Claim {
        }

        /** The first request with this key has not finished yet. */
        record InProgress() implements Claim {
        }
    }

    /**
     * Relies on the pool's READ COMMITTED ({@code DataSourceProducer}): under MySQL's default REPEATABLE READ the expiry delete takes gap locks on the subject's
     * keys, and two claims of the same new key (e.g. sent to two instances at once) then deadlock on their inserts
     * instead of one waiting for the other and seeing the duplicate (TwoInstancesIT).
     */
    @Transactional(rollbackFor = Exception.class)
    public Claim claim(String subject, String key, String method, String path, String requestHash) {
        long now = clock.millis();
        mapper.deleteExpired(subject, now - RETENTION.toMillis());
        try {
            mapper.insert(new StoredRequest(subject, key, method, path, requestHash, StoredRequest.IN_PROGRESS,
                    null, null, null, null, now));
            return new Claim.Started();
        } catch (PersistenceException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
        StoredRequest existing = mapper.find(subject, key);
        if (existing == null) {
            // released between our insert and read: the caller may simply retry
            return new Claim.InProgress();
        }
        if (!existing.requestHash().equals(requestHash)) {
            return new Claim.Mismatch();
        }
        return StoredRequest.DONE.equals(existing.state()) ? new Claim.Replay(existing) : new Claim.InProgress();
    }

    @Transactional(rollbackFor = Exception.class)
    public void complete(String subject, String key, int status, String type, String body, String headers) {
        mapper.complete(subject, key, status, type, body, headers);
    }

    @Transactional(rollbackFor = Exception.class)
    public void release(String subject, String key) {
        mapper.delete(subject, key);
    }
}
