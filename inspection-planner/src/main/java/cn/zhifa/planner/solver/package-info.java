/** Team assignment (执法检查人员随机匹配): OptaPlanner planning classes, constraints, max-flow feasibility and the solver facade. */
package cn.zhifa.planner.solver;
