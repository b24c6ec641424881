package cn.zhifa.exam.mapper;

import cn.zhifa.exam.domain.DrawnQuestion;

import java.util.Arrays;
import java.util.List;

/** A question of a sitting's paper with the candidate's saved choice (bank keys, e.g. {@code AC}). */
public record PaperQuestionRow(int position, String optionOrder, String choice, Long savedAtMs, Boolean correct,
                               QuestionRow question) {
    public DrawnQuestion drawn() {
        return new DrawnQuestion(position, question.id(), question.code(), keys(optionOrder));
    }

    public List<String> chosen() {
        return choice == null ? List.of() : keys(choice);
    }

    static List<String> keys(String text) {
        return Arrays.stream(text.split("")).filter(s -> !s.isEmpty()).toList();
    }
}
