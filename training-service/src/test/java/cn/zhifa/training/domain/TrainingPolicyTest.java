package cn.zhifa.training.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingPolicyTest {

    @Test
    void shouldRequireSixtyLegalHoursAndOneOwnAgencyUpdateByDefault() {
        TrainingPolicy standard = TrainingPolicy.STANDARD;

        assertEquals(Hours.ofWhole(60), standard.requiredHours());
        assertEquals(1, standard.requiredOwnAgencyUpdates());
        assertTrue(standard.counts(TrainingCategory.COMPREHENSIVE_LAW));
        assertTrue(standard.counts(TrainingCategory.PROFESSIONAL_LAW));
        assertTrue(standard.counts(TrainingCategory.LAW_UPDATE));
        assertFalse(standard.counts(TrainingCategory.POLITICAL));
        assertFalse(standard.counts(TrainingCategory.OTHER));
    }

    @Test
    void shouldRefuseToCountPoliticalTheory() {
        Set<TrainingCategory> withPolitical = EnumSet.of(TrainingCategory.COMPREHENSIVE_LAW, TrainingCategory.POLITICAL);

        assertThrows(IllegalArgumentException.class, () -> new TrainingPolicy(Hours.ofWhole(60), withPolitical, 1));
    }

    @Test
    void shouldRefuseAPolicyThatNothingCanSatisfyOrThatAsksNothing() {
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingPolicy(Hours.ofWhole(60), Set.of(), 1));
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingPolicy(Hours.ZERO, Set.of(TrainingCategory.OTHER), 1));
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingPolicy(Hours.ofWhole(60), Set.of(TrainingCategory.OTHER), -1));
    }
}
