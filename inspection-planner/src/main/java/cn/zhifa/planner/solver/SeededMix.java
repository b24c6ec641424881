package cn.zhifa.planner.solver;

/** SplitMix64's finaliser: a fixed, documented bit mixer, so preferences are identical on every JVM. */
final class SeededMix {

    private SeededMix() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
