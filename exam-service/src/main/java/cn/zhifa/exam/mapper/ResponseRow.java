package cn.zhifa.exam.mapper;

import java.math.BigDecimal;

/** One submitted sitting's answer to one question, with the sitting's score: what the item analysis reads. */
public record ResponseRow(long questionId, String choice, boolean correct, BigDecimal score) {
}
