package cn.zhifa.planner.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What a seal fixed about the external value of its draw ({@code externalEntropy}), and so what the draw accepts.
 */
public enum EntropyRule {
    /**
     * Sealed before the entropy source was fixed at the seal (before V41): the planner typed any value at the draw.
     * Kept for those seals, and recorded as such, so that their draws stay recomputable.
     */
    AT_DRAW,
    /** The seal committed to a named public source: the draw waits for its moment and takes the value it published. */
    NAMED_SOURCE,
    /** No source was named: the draw takes no external value, so nobody has a value to choose. */
    NONE;

    /** The rule a seal made now fixes: a named source if the plan has one, no external value otherwise. */
    public static EntropyRule forSeal(Optional<EntropySource> source) {
        return source.isPresent() ? NAMED_SOURCE : NONE;
    }

    /**
     * Why a draw at {@code now} with {@code value} is refused under this rule, or empty: a named source's value is
     * required once its moment has come, and refused before it; without a source no value is taken.
     */
    public Optional<RuleViolation> refusal(Optional<EntropySource> source, String value, Instant now) {
        boolean given = value != null && !value.isEmpty();
        return switch (this) {
            case AT_DRAW -> Optional.empty();
            case NONE -> given ? Optional.of(new RuleViolation("externalEntropy", "ENTROPY_SOURCE_NOT_NAMED"))
                    : Optional.empty();
            case NAMED_SOURCE -> {
                EntropySource s = source.orElseThrow(() -> new IllegalStateException("a named source is stored"));
                if (!s.isAvailableAt(now)) {
                    yield Optional.of(new RuleViolation("externalEntropy", "ENTROPY_NOT_YET_AVAILABLE",
                            s.description(), s.availableAtText()));
                }
                yield given && !value.isBlank() ? Optional.empty()
                        : Optional.of(new RuleViolation("externalEntropy", "ENTROPY_VALUE_REQUIRED", s.description()));
            }
        };
    }
}
