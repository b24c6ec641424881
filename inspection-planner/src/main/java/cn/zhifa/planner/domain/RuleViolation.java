package cn.zhifa.planner.domain;

import java.util.List;

/** A field and the code of the rule it breaks, with message arguments; the web layer maps it to problem+json. */
public record RuleViolation(String field, String code, List<Object> args) {

    public RuleViolation(String field, String code, Object... args) {
        this(field, code, List.of(args));
    }
}
