package cn.zhifa.db;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.transaction.Transaction;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LostChunkReadRetryTest {
    /** How H2 2.4 reports it (the load run's server log). */
    private static final SQLException LOST_CHUNK = new SQLException("General error: \"org.h2.mvstore.MVStoreException: "
            + "Chunk 384 not found [2.4.240/9]\"; SQL statement:\nSELECT o.id FROM cred_officer o", "HY000", 50000);

    private final LostChunkReadRetry retry = new LostChunkReadRetry();
    private int calls;

    @Test
    void shouldReadOnceMoreWhenH2LostAChunkUnderAnAutocommitRead() throws Throwable {
        assertEquals(List.of("row"), retry.intercept(query(true, LOST_CHUNK, List.of("row"))));
        assertEquals(2, calls);
    }

    @Test
    void shouldLeaveAStatementOfATransactionFailed() {
        assertSame(LOST_CHUNK, assertThrows(SQLException.class, () -> retry.intercept(query(false, LOST_CHUNK, List.of()))));
        assertEquals(1, calls);
    }

    @Test
    void shouldPassOtherFailuresOnAtOnce() {
        SQLException other = new SQLException("Table \"cred_officer\" not found", "42S02", 42102);
        assertSame(other, assertThrows(SQLException.class, () -> retry.intercept(query(true, other, List.of()))));
        assertEquals(1, calls);
    }

    @Test
    void shouldReadAgainOnlyOnce() {
        assertSame(LOST_CHUNK, assertThrows(SQLException.class,
                () -> retry.intercept(query(true, LOST_CHUNK, LOST_CHUNK))));
        assertEquals(2, calls);
    }

    /** A query on an executor whose connection is in autocommit or not, answering the outcomes in turn. */
    private Invocation query(boolean autocommit, Object... outcomes) throws NoSuchMethodException {
        Connection connection = proxy(Connection.class, (method, args) -> autocommit);
        Transaction transaction = proxy(Transaction.class, (method, args) -> connection);
        Deque<Object> answers = new ArrayDeque<>(List.of(outcomes));
        Executor executor = proxy(Executor.class, (method, args) -> {
            if (method.equals("getTransaction")) {
                return transaction;
            }
            calls++;
            Object answer = answers.pop();
            if (answer instanceof SQLException failure) {
                throw failure;
            }
            return answer;
        });
        MappedStatement statement = new MappedStatement.Builder(new Configuration(), "roster.page", parameter -> null,
                SqlCommandType.SELECT).build();
        return new Invocation(executor, Executor.class.getMethod("query", MappedStatement.class, Object.class,
                RowBounds.class, ResultHandler.class), new Object[]{statement, null, RowBounds.DEFAULT, null});
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(LostChunkReadRetryTest.class.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
