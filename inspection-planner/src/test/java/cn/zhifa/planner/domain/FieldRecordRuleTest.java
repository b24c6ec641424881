package cn.zhifa.planner.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhifa.planner.domain.Checklist.EvidenceKind;
import cn.zhifa.planner.domain.FieldRecordRule.Evidence;
import cn.zhifa.planner.domain.FieldRecordRule.Outcome;
import cn.zhifa.planner.domain.FieldRecordRule.State;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a field record still lacks, rule by rule. */
class FieldRecordRuleTest {

    private static final Checklist LIST = new Checklist(List.of(
            new Checklist.Item("A1", "许可证件", "《食品安全法》第三十五条", "查验", Set.of(EvidenceKind.PHOTO)),
            new Checklist.Item("A2", "从业人员健康证明", "《食品安全法》第四十五条", "查阅", Set.of(EvidenceKind.DOCUMENT,
                    EvidenceKind.AUDIO)),
            new Checklist.Item("A3", "贮存条件", "《食品安全法》第三十三条", "现场查看", Set.of())), false);

    private static final List<Evidence> ALL_EVIDENCE = List.of(new Evidence(EvidenceKind.PHOTO, "A1"),
            new Evidence(EvidenceKind.DOCUMENT, "A2"), new Evidence(EvidenceKind.AUDIO, "A2"));

    private static final Map<String, Outcome> ALL_FINDINGS = Map.of("A1", Outcome.CONFORMS, "A2", Outcome.NONCONFORMS,
            "A3", Outcome.CONFORMS);

    private static List<String> missing(State s) {
        return FieldRecordRule.missing(s).stream().map(Object::toString).toList();
    }

    private static State complete() {
        return new State(true, LIST, ALL_FINDINGS, ALL_EVIDENCE, true, List.of(7L, 8L), Set.of(7L, 8L));
    }

    @Test
    void shouldMissNothingOnceEverythingIsThere() {
        assertEquals(List.of(), missing(complete()));
    }

    @Test
    void shouldMissCheckInBeforeTheVisit() {
        State s = complete();
        assertEquals(List.of("CHECK_IN"), missing(new State(false, s.checklist(), s.findings(), s.evidence(), true,
                s.team(), s.confirmedBy())));
    }

    @Test
    void shouldMissTheFindingOfEachItemWithoutOne() {
        assertEquals(List.of("FINDING:A1", "FINDING:A3"), missing(new State(true, LIST,
                Map.of("A2", Outcome.NONCONFORMS), ALL_EVIDENCE, true, List.of(7L), Set.of(7L))));
    }

    @Test
    void shouldMissEachRequiredKindOfEvidenceOfAnItem() {
        assertEquals(List.of("EVIDENCE:A1:PHOTO", "EVIDENCE:A2:AUDIO"), missing(new State(true, LIST, ALL_FINDINGS,
                List.of(new Evidence(EvidenceKind.DOCUMENT, "A2"), new Evidence(EvidenceKind.PHOTO, "A2"),
                        new Evidence(EvidenceKind.PHOTO, null)), true, List.of(7L), Set.of(7L))));
    }

    @Test
    void shouldNotRequireEvidenceOfAnItemThatDoesNotApply() {
        Map<String, Outcome> findings = Map.of("A1", Outcome.NOT_APPLICABLE, "A2", Outcome.CONFORMS,
                "A3", Outcome.CONFORMS);
        assertEquals(List.of("EVIDENCE:A2:AUDIO", "EVIDENCE:A2:DOCUMENT"), missing(new State(true, LIST, findings,
                List.of(), true, List.of(7L), Set.of(7L))));
    }

    @Test
    void shouldMissTheWholeVisitVideoOnlyWhenTheRulesRequireItAndNoItemlessVideoIsThere() {
        Checklist video = new Checklist(LIST.items(), true);
        List<Evidence> itemVideo = new java.util.ArrayList<>(ALL_EVIDENCE);
        itemVideo.add(new Evidence(EvidenceKind.VIDEO, "A1"));
        assertEquals(List.of("WHOLE_VISIT_VIDEO"), missing(new State(true, video, ALL_FINDINGS, itemVideo, true,
                List.of(7L), Set.of(7L))));
        itemVideo.add(new Evidence(EvidenceKind.VIDEO, null));
        assertEquals(List.of(), missing(new State(true, video, ALL_FINDINGS, itemVideo, true, List.of(7L),
                Set.of(7L))));
    }

    @Test
    void shouldMissTheAcknowledgementUntilGivenOrRefused() {
        assertEquals(List.of("ACKNOWLEDGEMENT"), missing(new State(true, LIST, ALL_FINDINGS, ALL_EVIDENCE, false,
                List.of(7L), Set.of(7L))));
    }

    @Test
    void shouldMissEachMembersConfirmationAndIgnoreThemBeforeConfirmation() {
        State s = new State(true, LIST, ALL_FINDINGS, ALL_EVIDENCE, false, List.of(9L, 7L, 8L), Set.of(8L));
        assertEquals(List.of("ACKNOWLEDGEMENT", "CONFIRMATION:7", "CONFIRMATION:9"), missing(s));
        assertEquals(List.of("ACKNOWLEDGEMENT"),
                FieldRecordRule.missingBeforeConfirmation(s).stream().map(Object::toString).toList());
    }

    /** A second matter's check list sharing the item code A1 with {@link #LIST}. */
    private static final Checklist OTHER = new Checklist(List.of(
            new Checklist.Item("A1", "消防设施", "《消防法》第十六条", "现场查看", Set.of(EvidenceKind.PHOTO))), true);

    private static State joint(Map<String, Outcome> first, Map<String, Outcome> second, List<Evidence> evidence) {
        return new State(true, List.of(new FieldRecordRule.Part(11, LIST, first),
                new FieldRecordRule.Part(12, OTHER, second)), evidence, true, List.of(7L), Set.of(7L));
    }

    @Test
    void shouldKeepTheFindingsOfTwoMattersSharingAnItemCodeApart() {
        List<Evidence> all = List.of(new Evidence(EvidenceKind.PHOTO, 11L, "A1"),
                new Evidence(EvidenceKind.DOCUMENT, 11L, "A2"), new Evidence(EvidenceKind.AUDIO, 11L, "A2"),
                new Evidence(EvidenceKind.PHOTO, 12L, "A1"), new Evidence(EvidenceKind.VIDEO, null));
        assertEquals(List.of(), missing(joint(ALL_FINDINGS, Map.of("A1", Outcome.CONFORMS), all)));
        // the first matter's A1 is no finding of the second's A1
        assertEquals(List.of("FINDING:12/A1"), missing(joint(ALL_FINDINGS, Map.of(), all)));
        assertEquals(List.of("FINDING:11/A1", "FINDING:11/A3"), missing(joint(Map.of("A2", Outcome.CONFORMS),
                Map.of("A1", Outcome.CONFORMS), all)));
    }

    @Test
    void shouldMissTheEvidenceOfEachMattersItemAndTheWholeVisitVideoOfAnyOfTheirRules() {
        // a photo of the first matter's A1 documents not the second's; a photo naming no matter neither
        List<Evidence> firstOnly = List.of(new Evidence(EvidenceKind.PHOTO, 11L, "A1"),
                new Evidence(EvidenceKind.DOCUMENT, 11L, "A2"), new Evidence(EvidenceKind.AUDIO, 11L, "A2"),
                new Evidence(EvidenceKind.PHOTO, "A1"));
        assertEquals(List.of("EVIDENCE:12/A1:PHOTO", "WHOLE_VISIT_VIDEO"),
                missing(joint(ALL_FINDINGS, Map.of("A1", Outcome.CONFORMS), firstOnly)));
        // not applicable in the second matter: no photo needed there, the first's still is
        assertEquals(List.of("EVIDENCE:11/A1:PHOTO", "WHOLE_VISIT_VIDEO"), missing(joint(ALL_FINDINGS,
                Map.of("A1", Outcome.NOT_APPLICABLE), List.of(new Evidence(EvidenceKind.PHOTO, 12L, "A1"),
                        new Evidence(EvidenceKind.DOCUMENT, 11L, "A2"), new Evidence(EvidenceKind.AUDIO, 11L, "A2")))));
    }
}
