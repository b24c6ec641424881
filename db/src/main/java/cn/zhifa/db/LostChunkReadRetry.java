package cn.zhifa.db;

import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

import java.lang.reflect.InvocationTargetException;
import java.sql.SQLException;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Runs a read outside a transaction once more when embedded H2 lost a page under it. H2 2.4 can free a chunk of its
 * file that an open cursor still reads while its background housekeeping rewrites chunks ("Chunk 384 not found",
 * h2database/h2database#4383, open): the statement fails, the data is intact, and the same read on a fresh snapshot
 * succeeds. The load run met it on the public roster (walks of one agency's 11,000 officers) in two runs of three,
 * 6 of 591 and 28 of 775 listings. Only autocommit reads are retried: a transaction's statement is not re-run alone.
 * Installed for H2 only ({@link SqlSessionFactoryProducer}).
 */
@Intercepts({
        @Signature(type = Executor.class, method = "query",
                args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
        @Signature(type = Executor.class, method = "query",
                args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class,
                        BoundSql.class})})
final class LostChunkReadRetry implements Interceptor {
    private static final Logger LOG = Logger.getLogger(LostChunkReadRetry.class.getName());
    private static final Pattern LOST_CHUNK = Pattern.compile("MVStoreException: Chunk \\d+ not found");

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        try {
            return invocation.proceed();
        } catch (InvocationTargetException e) {
            Throwable failure = e.getCause();
            if (!lostChunk(failure) || !outsideTransaction((Executor) invocation.getTarget())) {
                throw failure;
            }
            String statement = ((MappedStatement) invocation.getArgs()[0]).getId();
            LOG.warning(() -> "H2 lost a chunk under " + statement + " (h2database#4383); reading again: "
                    + String.valueOf(failure.getMessage()).lines().findFirst().orElse(""));
            try {
                return invocation.proceed();
            } catch (InvocationTargetException again) {
                throw again.getCause();
            }
        }
    }

    private static boolean lostChunk(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && LOST_CHUNK.matcher(cause.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean outsideTransaction(Executor executor) throws SQLException {
        return executor.getTransaction().getConnection().getAutoCommit();
    }
}
