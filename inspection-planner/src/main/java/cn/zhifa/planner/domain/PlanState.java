package cn.zhifa.planner.domain;

/**
 * The states of a plan (抽查计划); {@link PlanLifecycle} says which actions each allows. Publication of the plan
 * and of its results are instants on a drawn plan, not states.
 */
public enum PlanState {
    /** 草稿: being prepared, nothing frozen yet. */
    DRAFT,
    /** 已封存: targets, inspectors and conflicts frozen, the commitment public; not yet drawn. */
    SEALED,
    /** 已抽取: the one draw of the seal stored. */
    DRAWN,
    /** 已作废: cancelled by the planner, or by a draw attempt that failed; stays public with its reason. */
    CANCELLED
}
