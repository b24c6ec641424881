package cn.zhifa.exam.mapper;

import cn.zhifa.exam.domain.Difficulty;
import cn.zhifa.exam.domain.Question;
import cn.zhifa.exam.domain.QuestionType;

import java.util.ArrayList;
import java.util.List;

/** A row of {@code exm_question}. */
public record QuestionRow(long id, String code, int version, boolean retired, String topic, QuestionType type,
                          String stem, String optionA, String optionB, String optionC, String optionD, String answer,
                          Difficulty difficulty, String legalBasis) {

    public Question toQuestion() {
        List<String> options = new ArrayList<>(List.of(optionA, optionB));
        if (optionC != null) {
            options.add(optionC);
            if (optionD != null) {
                options.add(optionD);
            }
        }
        return new Question(id, code, topic, type, stem, options, answer, difficulty, legalBasis, retired);
    }
}
