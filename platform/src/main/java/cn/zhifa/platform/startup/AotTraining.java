package cn.zhifa.platform.startup;

import io.helidon.microprofile.server.ServerCdiExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The training mode of the JDK's ahead-of-time cache, {@code zhifa.aot.training=true}: once the server has started,
 * every {@link TrainingExercise} of the deployable sends its requests to this server over the loopback address, with
 * development tokens, {@code zhifa.aot.training.rounds} times over; then the process exits (status 0, or 1 when an
 * exercise failed). Run with {@code -XX:AOTCacheOutput=…} on a scratch embedded database, the cache then holds the
 * classes of a start and of the requests and the profiles of the methods they ran (JDK 25+, JEP 515), so that a
 * start with {@code -XX:AOTCache=…} serves those requests warm sooner (docs/operations.md, "Start-up").
 */
@ApplicationScoped
public class AotTraining {
    private static final Logger LOG = Logger.getLogger(AotTraining.class.getName());

    private final boolean enabled;
    private final int rounds;
    private final Instance<TrainingExercise> exercises;
    private final BeanManager beans;

    @Inject
    public AotTraining(@ConfigProperty(name = "zhifa.aot.training", defaultValue = "false") boolean enabled,
                       @ConfigProperty(name = "zhifa.aot.training.rounds", defaultValue = "20") int rounds,
                       Instance<TrainingExercise> exercises, BeanManager beans) {
        if (rounds < 1) {
            throw new IllegalArgumentException("zhifa.aot.training.rounds must be 1 or more, not " + rounds);
        }
        this.enabled = enabled;
        this.rounds = rounds;
        this.exercises = exercises;
        this.beans = beans;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Runs every exercise against this server; the process's exit status: 0, or 1 when one failed. */
    int train() {
        URI base = URI.create("http://127.0.0.1:" + beans.getExtension(ServerCdiExtension.class).port());
        TrainingClient client = new TrainingClient(base);
        long started = System.nanoTime();
        for (TrainingExercise exercise : exercises.stream().sorted(Comparator.comparing(TrainingExercise::name)).toList()) {
            long t0 = System.nanoTime();
            try {
                exercise.run(client, rounds);
            } catch (Exception | AssertionError e) {
                LOG.log(Level.SEVERE, "AOT training: the exercise '" + exercise.name() + "' failed", e);
                return 1;
            }
            LOG.info(() -> "AOT training: " + exercise.name() + ", " + rounds + " rounds, in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
        LOG.info(() -> "AOT training done in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return 0;
    }
}
