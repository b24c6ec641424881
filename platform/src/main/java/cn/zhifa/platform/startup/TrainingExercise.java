package cn.zhifa.platform.startup;

/**
 * Requests of a module's hot path that the training run of the JDK's ahead-of-time cache sends to its own server
 * ({@code zhifa.aot.training=true}, see {@link AotTraining}): a module contributes one as an application-scoped bean,
 * and the cache then holds the classes those requests load and the profiles of the methods they run (JDK 25+), so a
 * server started with the cache serves them warm sooner. An exercise runs on the training run's scratch embedded
 * database (it may create what it needs there) and throws when an answer is not the expected one: a training run
 * that no longer exercises its path fails the image build instead of training nothing.
 */
public interface TrainingExercise {

    /** For the log, e.g. "exam sitting". */
    String name();

    /**
     * Sends the requests; {@code rounds} ({@code zhifa.aot.training.rounds}) says how often to repeat the hot part,
     * so that the JIT's profiles of its methods are mature.
     */
    void run(TrainingClient client, int rounds) throws Exception;
}
