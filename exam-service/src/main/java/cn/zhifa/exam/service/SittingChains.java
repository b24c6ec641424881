package cn.zhifa.exam.service;

import cn.zhifa.exam.domain.SittingChain;
import cn.zhifa.exam.mapper.ChainRow;
import cn.zhifa.exam.mapper.SittingMapper;
import cn.zhifa.platform.audit.AnchoredChains;
import cn.zhifa.platform.audit.AnchoredVerification;
import cn.zhifa.platform.audit.AuditEvent;
import cn.zhifa.platform.audit.AuditQueries;
import cn.zhifa.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies the sittings' own chains with the audit chain ({@code GET /api/v1/audit/verify}): while the audit chain is
 * walked it collects each sitting's genesis (the hash of its {@code EXAM_SITTING_STARTED} event) and the anchors of its
 * take-over and submission events, then walks every sitting's chain against them ({@link SittingChain}). A sitting
 * whose start event lies beyond the audit head the verification read (it started meanwhile) is left for the next one.
 */
@ApplicationScoped
public class SittingChains implements AnchoredChains {
    private static final JsonProvider JSON = JsonProvider.provider();

    private final SittingMapper sittings;
    private final AuditQueries audit;

    @Inject
    public SittingChains(SittingMapper sittings, AuditQueries audit) {
        this.sittings = sittings;
        this.audit = audit;
    }

    @Override
    public Check check() {
        return new SittingCheck();
    }

    private final class SittingCheck implements Check {
        private final Map<Long, String> genesis = new HashMap<>();
        private final Map<Long, List<SittingChain.Anchor>> anchors = new HashMap<>();
        private long lastSeq;
        private long chains;
        private long checked;
        private String firstBroken;

        @Override
        public void accept(AuditEvent event) {
            lastSeq = Math.max(lastSeq, event.seq());
            if (!SittingChain.ENTITY_TYPE.equals(event.entityType())) {
                return;
            }
            long sittingId;
            try {
                sittingId = Long.parseLong(event.entityId());
            } catch (NumberFormatException e) {
                broken("audit event " + event.seq());
                return;
            }
            switch (event.action()) {
                case "EXAM_SITTING_STARTED" -> genesis.put(sittingId, event.hash());
                case "EXAM_SITTING_TAKEN_OVER" -> anchor(event, sittingId, false);
                case "EXAM_SITTING_SUBMITTED" -> anchor(event, sittingId, true);
                default -> {
                    // EXAM_ANSWER_SAVED: answers saved before the sittings had chains of their own (V54)
                }
            }
        }

        private void anchor(AuditEvent event, long sittingId, boolean last) {
            JsonObject summary = JSON.createReader(new StringReader(event.summary())).readObject();
            JsonValue head = summary.get(SittingChain.HEAD_FIELD);
            SittingChain.Anchor anchor;
            if (head instanceof jakarta.json.JsonString text) {
                anchor = new SittingChain.Anchor(summary.getJsonNumber(SittingChain.COUNT_FIELD).longValue(),
                        text.getString(), last);
            } else if (last) {
                // submitted before V54: its chain (started empty at the migration) must still be empty
                anchor = new SittingChain.Anchor(0, genesis.get(sittingId), true);
            } else {
                return;
            }
            anchors.computeIfAbsent(sittingId, id -> new ArrayList<>()).add(anchor);
        }

        @Override
        public AnchoredVerification finish() {
            long[] current = {-1};
            ChainRow[] headOf = new ChainRow[1];
            List<AuditEvent> events = new ArrayList<>();
            sittings.scanChains(context -> {
                ChainRow row = context.getResultObject();
                if (row.sittingId() != current[0]) {
                    if (current[0] >= 0) {
                        verify(headOf[0], events);
                    }
                    current[0] = row.sittingId();
                    headOf[0] = row;
                    events.clear();
                }
                if (row.hasEvent()) {
                    events.add(row.event());
                }
            });
            if (current[0] >= 0) {
                verify(headOf[0], events);
            }
            // a start event whose sitting is gone: its row (and chain) was deleted
            genesis.keySet().stream().sorted().findFirst().ifPresent(id -> broken(SittingChain.ENTITY_TYPE + " " + id));
            anchors.keySet().stream().sorted().findFirst().ifPresent(id -> broken(SittingChain.ENTITY_TYPE + " " + id));
            return new AnchoredVerification(SittingChain.ENTITY_TYPE, firstBroken == null, chains, checked,
                    firstBroken);
        }

        private void verify(ChainRow sitting, List<AuditEvent> events) {
            long id = sitting.sittingId();
            String start = genesis.remove(id);
            List<SittingChain.Anchor> marks = anchors.remove(id);
            if (start == null && marks == null && startedAfterTheHead(id)) {
                return;
            }
            chains++;
            checked += events.size();
            Optional<String> breaks = SittingChain.firstBreak(start, events, sitting.chainCount(), sitting.chainHead(),
                    marks == null ? List.of() : marks);
            breaks.ifPresent(where -> broken(SittingChain.ENTITY_TYPE + " " + id + " " + where));
        }

        /** Whether the sitting's start event is one the audit walk had not reached (it started meanwhile). */
        private boolean startedAfterTheHead(long sittingId) {
            return audit.events(SittingChain.ENTITY_TYPE, String.valueOf(sittingId), PageRequest.of(1, 1)).items()
                    .stream().anyMatch(e -> e.seq() > lastSeq && "EXAM_SITTING_STARTED".equals(e.action()));
        }

        private void broken(String where) {
            if (firstBroken == null) {
                firstBroken = where;
            }
        }
    }
}
