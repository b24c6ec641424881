package cn.zhifa.planner.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a full-process record (现场检查记录) still lacks before it can be final, from the check list it keeps, the
 * findings, the evidence present, the party's acknowledgement and the team's confirmations. In this order:
 * <ol>
 *   <li>{@code CHECK_IN}: the visit has not started;</li>
 *   <li>{@code FINDING} of an item: every item of the check list has its outcome;</li>
 *   <li>{@code EVIDENCE} of an item and kind: every kind the audio-visual rules require for the item, unless the item's
 *       outcome is NOT_APPLICABLE (不涉及: nothing to record);</li>
 *   <li>{@code WHOLE_VISIT_VIDEO}: when the rules require the visit on video, a VIDEO tied to no item;</li>
 *   <li>{@code ACKNOWLEDGEMENT}: the party signed, or its refusal is noted;</li>
 *   <li>{@code CONFIRMATION} of each active team member who has not signed.</li>
 * </ol>
 * The record is final when nothing is missing.
 */
public final class FieldRecordRule {
    private FieldRecordRule() {
    }

    /** 符合 / 不符合 / 不涉及. */
    public enum Outcome { CONFORMS, NONCONFORMS, NOT_APPLICABLE }

    /** A piece of evidence present: its kind and the item it documents (null: the visit as a whole). */
    public record Evidence(Checklist.EvidenceKind kind, String item) {
    }

    /** One thing missing: {@code what}, and, where it applies, the item, the kind or the officer. */
    public record Missing(String what, String item, Checklist.EvidenceKind kind, Long officerId) {
        static Missing of(String what) {
            return new Missing(what, null, null, null);
        }

        @Override
        public String toString() {
            return what + (item != null ? ":" + item : "") + (kind != null ? ":" + kind : "")
                    + (officerId != null ? ":" + officerId : "");
        }
    }

    /** The state of a record the rule reads; a record not checked in has {@code checkedIn} false. */
    public record State(boolean checkedIn, Checklist checklist, Map<String, Outcome> findings,
                        Collection<Evidence> evidence, boolean acknowledged, Collection<Long> team,
                        Set<Long> confirmedBy) {
    }

    public static List<Missing> missing(State s) {
        List<Missing> missing = new ArrayList<>();
        if (!s.checkedIn()) {
            missing.add(Missing.of("CHECK_IN"));
        }
        for (Checklist.Item item : s.checklist().items()) {
            if (!s.findings().containsKey(item.code())) {
                missing.add(new Missing("FINDING", item.code(), null, null));
            }
        }
        for (Checklist.Item item : s.checklist().items()) {
            if (s.findings().get(item.code()) == Outcome.NOT_APPLICABLE) {
                continue;
            }
            for (Checklist.EvidenceKind kind : Checklist.EvidenceKind.values()) {
                if (item.evidenceRequired().contains(kind)
                        && s.evidence().stream().noneMatch(e -> e.kind() == kind && item.code().equals(e.item()))) {
                    missing.add(new Missing("EVIDENCE", item.code(), kind, null));
                }
            }
        }
        if (s.checklist().wholeVisitVideo()
                && s.evidence().stream().noneMatch(e -> e.kind() == Checklist.EvidenceKind.VIDEO && e.item() == null)) {
            missing.add(Missing.of("WHOLE_VISIT_VIDEO"));
        }
        if (!s.acknowledged()) {
            missing.add(Missing.of("ACKNOWLEDGEMENT"));
        }
        for (long officer : s.team().stream().sorted().toList()) {
            if (!s.confirmedBy().contains(officer)) {
                missing.add(new Missing("CONFIRMATION", null, null, officer));
            }
        }
        return missing;
    }

    /** What is missing other than the team's confirmations: a member signs only a record complete otherwise. */
    public static List<Missing> missingBeforeConfirmation(State s) {
        return missing(s).stream().filter(m -> !"CONFIRMATION".equals(m.what())).toList();
    }
}
