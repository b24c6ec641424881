package cn.zhifa.exam.domain;

/** A question's difficulty: the cells of a blueprint. */
public enum Difficulty {
    EASY,
    MEDIUM,
    HARD
}
