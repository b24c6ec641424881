package cn.zhifa.planner.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a full-process record (现场检查记录) still lacks before it can be final, from the check list it keeps of each
 * matter its inspection covers (one, or several for a joint plan's inspection), the findings of each, the evidence present, the party's acknowledgement and the team's confirmations. In this order:
 * <ol>
 *   <li>{@code CHECK_IN}: the visit has not started;</li>
 *   <li>{@code FINDING} of an item: every item of the check list has its outcome;</li>
 *   <li>{@code EVIDENCE} of an item and kind: every kind the audio-visual rules require for the item, unless the item's
 *       outcome is NOT_APPLICABLE (不涉及: nothing to record);</li>
 *   <li>{@code WHOLE_VISIT_VIDEO}: when the rules require the visit on video, a VIDEO tied to no item;</li>
 *   <li>{@code ACKNOWLEDGEMENT}: the party signed, or its refusal is noted;</li>
 *   <li>{@code CONFIRMATION} of each active team member who has not signed.</li>
 * </ol>
 * The record is final when nothing is missing. Items, findings and evidence are of a matter: two matters' check lists
 * may share an item code, and a finding or piece of evidence of one is not the other's. A record of one matter names
 * no matter in what it misses (as before joint records); a piece of evidence naming no matter documents an item of the
 * record's only matter.
 */
public final class FieldRecordRule {
    private FieldRecordRule() {
    }

    /** 符合 / 不符合 / 不涉及. */
    public enum Outcome { CONFORMS, NONCONFORMS, NOT_APPLICABLE }

    /**
     * A piece of evidence present: its kind, the matter and the item it documents (item null: the visit as a whole;
     * matter null: the record's only matter).
     */
    public record Evidence(Checklist.EvidenceKind kind, Long matter, String item) {
        public Evidence(Checklist.EvidenceKind kind, String item) {
            this(kind, null, item);
        }
    }

    /**
     * One thing missing: {@code what}, and, where it applies, the matter (of a record covering several), the item,
     * the kind or the officer.
     */
    public record Missing(String what, Long matter, String item, Checklist.EvidenceKind kind, Long officerId) {
        static Missing of(String what) {
            return new Missing(what, null, null, null, null);
        }

        @Override
        public String toString() {
            return what + (matter != null ? ":" + matter + "/" + item : item != null ? ":" + item : "")
                    + (kind != null ? ":" + kind : "") + (officerId != null ? ":" + officerId : "");
        }
    }

    /** One matter of the record: its id, the check list version the record keeps and the findings of its items. */
    public record Part(long matter, Checklist checklist, Map<String, Outcome> findings) {
    }

    /**
     * The state of a record the rule reads, a part per matter covered (in the order the record lists them); a record
     * not checked in has {@code checkedIn} false.
     */
    public record State(boolean checkedIn, List<Part> parts, Collection<Evidence> evidence, boolean acknowledged,
                        Collection<Long> team, Set<Long> confirmedBy) {
        /** A record of one matter. */
        public State(boolean checkedIn, Checklist checklist, Map<String, Outcome> findings,
                     Collection<Evidence> evidence, boolean acknowledged, Collection<Long> team,
                     Set<Long> confirmedBy) {
            this(checkedIn, List.of(new Part(0, checklist, findings)), evidence, acknowledged, team, confirmedBy);
        }

        /** The check list of a record of one matter. */
        public Checklist checklist() {
            return only().checklist();
        }

        /** The findings of a record of one matter. */
        public Map<String, Outcome> findings() {
            return only().findings();
        }

        private Part only() {
            if (parts.size() != 1) {
                throw new IllegalStateException("a record of " + parts.size() + " matters");
            }
            return parts.getFirst();
        }

        boolean joint() {
            return parts.size() > 1;
        }

        /** Whether the piece documents the item of the part. */
        boolean documents(Evidence e, Part part, Checklist.Item item) {
            return item.code().equals(e.item()) && (e.matter() == null ? !joint() : e.matter() == part.matter());
        }
    }

    public static List<Missing> missing(State s) {
        List<Missing> missing = new ArrayList<>();
        if (!s.checkedIn()) {
            missing.add(Missing.of("CHECK_IN"));
        }
        for (Part part : s.parts()) {
            Long matter = s.joint() ? part.matter() : null;
            for (Checklist.Item item : part.checklist().items()) {
                if (!part.findings().containsKey(item.code())) {
                    missing.add(new Missing("FINDING", matter, item.code(), null, null));
                }
            }
        }
        for (Part part : s.parts()) {
            Long matter = s.joint() ? part.matter() : null;
            for (Checklist.Item item : part.checklist().items()) {
                if (part.findings().get(item.code()) == Outcome.NOT_APPLICABLE) {
                    continue;
                }
                for (Checklist.EvidenceKind kind : Checklist.EvidenceKind.values()) {
                    if (item.evidenceRequired().contains(kind) && s.evidence().stream()
                            .noneMatch(e -> e.kind() == kind && s.documents(e, part, item))) {
                        missing.add(new Missing("EVIDENCE", matter, item.code(), kind, null));
                    }
                }
            }
        }
        if (s.parts().stream().anyMatch(p -> p.checklist().wholeVisitVideo())
                && s.evidence().stream().noneMatch(e -> e.kind() == Checklist.EvidenceKind.VIDEO && e.item() == null)) {
            missing.add(Missing.of("WHOLE_VISIT_VIDEO"));
        }
        if (!s.acknowledged()) {
            missing.add(Missing.of("ACKNOWLEDGEMENT"));
        }
        for (long officer : s.team().stream().sorted().toList()) {
            if (!s.confirmedBy().contains(officer)) {
                missing.add(new Missing("CONFIRMATION", null, null, null, officer));
            }
        }
        return missing;
    }

    /** What is missing other than the team's confirmations: a member signs only a record complete otherwise. */
    public static List<Missing> missingBeforeConfirmation(State s) {
        return missing(s).stream().filter(m -> !"CONFIRMATION".equals(m.what())).toList();
    }
}
