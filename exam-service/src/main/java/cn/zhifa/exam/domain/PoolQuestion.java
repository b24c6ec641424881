package cn.zhifa.exam.domain;

/** A question of an exam's pool as the draw sees it: identity, cell, and whether its options are shuffled. */
public record PoolQuestion(long id, String code, Difficulty difficulty, QuestionType type, int optionCount) {
}
