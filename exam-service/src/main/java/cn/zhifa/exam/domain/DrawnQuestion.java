package cn.zhifa.exam.domain;

import java.util.List;

/**
 * A question of a candidate's paper: its place, and the bank keys of its options in the order shown (the first
 * shown as A, the second as B, …). {@code optionOrder} {@code [C, A, D, B]} shows bank option C as A.
 */
public record DrawnQuestion(int position, long questionId, String code, List<String> optionOrder) {
    public DrawnQuestion {
        optionOrder = List.copyOf(optionOrder);
    }

    /** The option order as stored: the bank keys in the order shown, e.g. {@code CADB}. */
    public String optionOrderText() {
        return String.join("", optionOrder);
    }

    /** The bank key of the option shown under {@code shownKey}; empty for a key not shown. */
    public java.util.Optional<String> bankKey(String shownKey) {
        int index = Question.KEYS.indexOf(shownKey);
        return index < 0 || index >= optionOrder.size() ? java.util.Optional.empty()
                : java.util.Optional.of(optionOrder.get(index));
    }

    /** The key under which the bank's option {@code bankKey} is shown. */
    public String shownKey(String bankKey) {
        return Question.KEYS.get(optionOrder.indexOf(bankKey));
    }
}
