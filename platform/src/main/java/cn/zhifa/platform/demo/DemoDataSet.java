package cn.zhifa.platform.demo;

/** One module's demo data; sets load in ascending {@link #order()} (credentials before training). */
public interface DemoDataSet {
    int order();

    /** A short name for the log line. */
    String name();

    void load();
}
