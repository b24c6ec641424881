package cn.zhifa.exam.service;

import cn.zhifa.exam.domain.Blueprint;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An exam's public record, for anyone to check its papers (docs/exams.md): from scheduling on the blueprint, the
 * commitment {@code sha256hex(seed)} and the pool's hash; once the window has closed also the seed and the pool (each
 * question's code, difficulty, type, option count and content hash), from which every candidate's paper follows. No
 * candidate is named, nor any question's text.
 */
public record PublicExam(long id, String name, String kind, String category, OffsetDateTime opensAt,
                         OffsetDateTime closesAt, int durationMinutes, BigDecimal passMark, List<Blueprint.Cell> blueprint,
                         String state, String commitment, String poolHash, int poolSize, String seed,
                         List<PoolEntry> pool) {

    /** A question of the pool as the draw and the pool hash use it. */
    public record PoolEntry(long id, String code, String difficulty, String type, int optionCount, String contentHash) {
    }
}
