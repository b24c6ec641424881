package cn.zhifa.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SHA-256 of each upload in progress, as it stood after the bytes stored so far, kept between PATCHes so a
 * resumed upload hashes only its new bytes. A state is valid only for the offset it was taken at; when it is
 * missing (another instance took the last PATCH, a restart, an eviction) {@link EvidenceStorage#digestOfPrefix}
 * recomputes it from the stored prefix, which is always possible because the stored bytes are the upload.
 */
@ApplicationScoped
public class UploadDigests {
    private record State(long offset, MessageDigest digest) {
    }

    private final Map<Long, State> states;

    @Inject
    public UploadDigests(EvidenceSettings settings) {
        int capacity = settings.digestCacheSize();
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, State> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Removes and returns the digest of the upload if it was kept at exactly this offset. */
    public synchronized Optional<MessageDigest> take(long evidenceId, long offset) {
        State state = states.remove(evidenceId);
        return state != null && state.offset() == offset ? Optional.of(state.digest()) : Optional.empty();
    }

    /** Drops the kept digest of an upload that ended without completing. */
    public synchronized void forget(long evidenceId) {
        states.remove(evidenceId);
    }

    public synchronized void keep(long evidenceId, long offset, MessageDigest digest) {
        states.put(evidenceId, new State(offset, digest));
    }
}
