package cn.zhifa.platform.startup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

import static jakarta.interceptor.Interceptor.Priority.PLATFORM_AFTER;

/**
 * With {@code zhifa.exit-when-started=true} the process exits (status 0) as soon as the server has started: the
 * training run of a JDK 25+ ahead-of-time cache ({@code java -XX:AOTCacheOutput=zhifa.aot -jar …}), which records
 * the classes a start loads and links, so that later starts with {@code -XX:AOTCache=zhifa.aot} skip that work.
 */
@ApplicationScoped
public class ExitWhenStarted {
    private static final Logger LOG = Logger.getLogger(ExitWhenStarted.class.getName());

    private final boolean exitWhenStarted;

    @Inject
    public ExitWhenStarted(@ConfigProperty(name = "zhifa.exit-when-started", defaultValue = "false")
                           boolean exitWhenStarted) {
        this.exitWhenStarted = exitWhenStarted;
    }

    /** After Helidon's server start (PLATFORM_AFTER + 100) and every start-up observer of the services. */
    void exit(@Observes @Priority(PLATFORM_AFTER + 1000) @Initialized(ApplicationScoped.class) Object started) {
        if (exitWhenStarted) {
            LOG.info("Started; exiting as zhifa.exit-when-started asks");
            // Not on this thread: exit runs the shutdown hooks, which stop the container this observer runs in.
            Thread.ofPlatform().name("exit-when-started").start(() -> System.exit(0));
        }
    }
}
