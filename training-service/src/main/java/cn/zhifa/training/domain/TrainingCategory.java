package cn.zhifa.training.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * 培训类别, the codes of the shared dictionary {@code training-categories}. Which of them count toward the
 * yearly legal hours is decided by {@link TrainingPolicy}, never here.
 */
public enum TrainingCategory {
    /** 综合法律知识. */
    COMPREHENSIVE_LAW,
    /** 专业法律知识. */
    PROFESSIONAL_LAW,
    /** 法律知识更新: also the training the own-agency duty asks for. */
    LAW_UPDATE,
    /** 政治理论/党性教育: recorded, but by law never part of the legal hours. */
    POLITICAL,
    /** 其他. */
    OTHER;

    /** The category a dictionary code names, if any (codes are case-sensitive, as in the dictionary). */
    public static Optional<TrainingCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(category -> category.name().equals(code)).findFirst();
    }
}
