package cn.zhifa.db.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips, never silently passes, a database test whose server is missing. */
public class TestDatabaseCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        TestDatabase database = TestDatabase.current();
        return database.available()
                ? ConditionEvaluationResult.enabled("database: " + database.description())
                : ConditionEvaluationResult.disabled(database.description());
    }
}
