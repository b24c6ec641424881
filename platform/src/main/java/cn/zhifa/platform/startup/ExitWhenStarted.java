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
 * With {@code zhifa.aot.training=true} the process first sends the deployable's {@link TrainingExercise}s to itself
 * ({@link AotTraining}) and exits after them.
 */
@ApplicationScoped
public class ExitWhenStarted {
    private static final Logger LOG = Logger.getLogger(ExitWhenStarted.class.getName());

    private final boolean exitWhenStarted;
    private final AotTraining training;

    @Inject
    public ExitWhenStarted(@ConfigProperty(name = "zhifa.exit-when-started", defaultValue = "false")
                           boolean exitWhenStarted, AotTraining training) {
        this.exitWhenStarted = exitWhenStarted;
        this.training = training;
    }

    /** After Helidon's server start (PLATFORM_AFTER + 100) and every start-up observer of the services. */
    void exit(@Observes @Priority(PLATFORM_AFTER + 1000) @Initialized(ApplicationScoped.class) Object started) {
        // Not on this thread: exit runs the shutdown hooks, which stop the container this observer runs in.
        if (training.enabled()) {
            LOG.info("Started; sending the AOT training requests, then exiting, as zhifa.aot.training asks");
            Thread.ofPlatform().name("aot-training").start(() -> System.exit(training.train()));
        } else if (exitWhenStarted) {
            LOG.info("Started; exiting as zhifa.exit-when-started asks");
            Thread.ofPlatform().name("exit-when-started").start(() -> System.exit(0));
        }
    }
}
