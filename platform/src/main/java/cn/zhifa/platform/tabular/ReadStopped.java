package cn.zhifa.platform.tabular;

/**
 * Carries why a read stopped (a limit passed, the caller's refusal or failure) out through a parser that lets
 * nothing else through unchanged: Commons CSV wraps IOExceptions, SAX callbacks cannot throw checked ones.
 */
final class ReadStopped extends RuntimeException {

    ReadStopped(TableFileException refusal) {
        super(refusal.getMessage(), refusal, false, false);
    }

    ReadStopped(RuntimeException failure) {
        super(failure.getMessage(), failure, false, false);
    }

    /** Throws the refusal, or the caller's own failure, that stopped the read. */
    TableFileException rethrow() {
        if (getCause() instanceof TableFileException refusal) {
            return refusal;
        }
        throw (RuntimeException) getCause();
    }
}
