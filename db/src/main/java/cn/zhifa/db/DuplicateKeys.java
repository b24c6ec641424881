package cn.zhifa.db;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/** Recognises a unique-key violation on H2 and MySQL alike, however the driver wraps it. */
public final class DuplicateKeys {
    private DuplicateKeys() {
    }

    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            // 23505: H2's unique violation; MySQL error 1062: duplicate entry
            if (t instanceof SQLException sql
                    && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1062)) {
                return true;
            }
        }
        return false;
    }
}
