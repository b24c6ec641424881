package cn.zhifa.exam.domain;

/** How a question is answered: one option, several options (all and only the right ones), or true/false. */
public enum QuestionType {
    SINGLE,
    MULTIPLE,
    /** Options A = 正确 (true), B = 错误 (false); never shuffled. */
    TRUE_FALSE
}
