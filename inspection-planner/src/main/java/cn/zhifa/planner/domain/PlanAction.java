package cn.zhifa.planner.domain;

/** What can be done to a plan; {@link PlanLifecycle} decides in which states. */
public enum PlanAction {
    /** 确认 by a participating agency of a joint plan: its matter and its officers. */
    CONFIRM,
    /** 封存: freeze targets, inspectors and conflicts, commit to the secret seed. */
    SEAL,
    /** 抽取 that succeeded: the draw is stored. */
    DRAW,
    /** 抽取 that failed (e.g. too few inspectors): the seal is spent, the plan is cancelled publicly. */
    FAIL_DRAW,
    /** 撤销 by the planner, with a reason. */
    CANCEL,
    /** 公示 of the plan, its draw record and teams. */
    PUBLISH,
    /** 更换检查人员 after the draw. */
    REPLACE,
    /** 录入检查结果. */
    RECORD_RESULT,
    /** 结果公开. */
    PUBLISH_RESULTS
}
