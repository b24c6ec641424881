package cn.zhifa.training.domain;

/** 培训方式: how a course is delivered (the formats the implementation plans name). */
public enum CourseMode {
    /** 集中面授. */
    OFFLINE,
    /** 互联网+培训 (online). */
    ONLINE,
    /** 案例教学. */
    CASE_TEACHING,
    /** 情景化 (scenario-based). */
    SCENARIO,
    /** 巡回式 (touring). */
    TOURING,
    /** 参与式 (participatory). */
    PARTICIPATORY,
    /** 沉浸式 (immersive). */
    IMMERSIVE,
    /** 定制式 (tailored). */
    TAILORED
}
