package cn.zhifa.exam.mapper;

import java.math.BigDecimal;
import java.util.List;

/** A sitting scored, as its submission writes it: the positions answered right, their count, the score, the pass. */
public record ScoredSitting(long sittingId, List<Integer> rightPositions, int correct, BigDecimal score,
                            boolean passed) {
}
