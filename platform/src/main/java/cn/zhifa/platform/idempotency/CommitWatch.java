package cn.zhifa.platform.idempotency;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.mybatis.cdi.Transactional;

/**
 * Notes, for the request being served on this thread, whether a transaction committed. Wraps mybatis-cdi's
 * {@code LocalTransactionInterceptor} (an interceptor enabled by {@code @Priority} runs outside those enabled
 * in beans.xml), so an outermost {@code @Transactional} call that returns has committed. The idempotency
 * filter keeps the key of such a request even when its answer then failed: a retry must not write twice.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class CommitWatch {
    private static final ThreadLocal<Watched> CURRENT = new ThreadLocal<>();

    private static final class Watched {
        private int depth;
        private boolean committed;
    }

    /** Starts watching this thread's transactions (after the key's own claim). */
    static void start() {
        CURRENT.set(new Watched());
    }

    /** Stops watching; whether a transaction committed since {@link #start}. */
    static boolean stop() {
        Watched watched = CURRENT.get();
        CURRENT.remove();
        return watched != null && watched.committed;
    }

    @AroundInvoke
    public Object watch(InvocationContext invocation) throws Exception {
        Watched watched = CURRENT.get();
        if (watched == null) {
            return invocation.proceed();
        }
        watched.depth++;
        try {
            Object result = invocation.proceed();
            if (watched.depth == 1) {
                watched.committed = true;
            }
            return result;
        } finally {
            watched.depth--;
        }
    }
}
