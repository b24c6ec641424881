package cn.zhifa.exam.mapper;

import java.util.List;

/** What scoring needs of a paper's question: the choice saved and the right answer (bank keys, e.g. {@code AC}). */
public record AnswerRow(long sittingId, int position, String choice, String answer) {
    public List<String> chosen() {
        return choice == null ? List.of() : PaperQuestionRow.keys(choice);
    }
}
