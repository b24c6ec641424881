package cn.zhifa.planner.domain;

import java.util.List;
import java.util.Set;

/**
 * A matter's check list (检查表) with its audio-visual rules (音像记录事项清单): per item which kinds of evidence
 * are required, and whether the whole visit must be on video (a VIDEO not tied to an item).
 */
public record Checklist(List<Item> items, boolean wholeVisitVideo) {

    /** The kinds of evidence, in the order they are listed. */
    public enum EvidenceKind { PHOTO, VIDEO, AUDIO, DOCUMENT }

    /** 检查项: {@code code} unique in its list. */
    public record Item(String code, String content, String legalBasis, String method, Set<EvidenceKind> evidenceRequired) {
        public Item {
            evidenceRequired = evidenceRequired == null ? Set.of() : Set.copyOf(evidenceRequired);
        }
    }

    public Checklist {
        items = List.copyOf(items);
    }
}
