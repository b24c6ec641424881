// What the public plan page and the planner's console share about a plan: its state in words.
import {badge} from './format.js';

/** The furthest stage a plan has reached: cancelled, results published, published, or its state. */
export function planStage(plan) {
    if (plan.state === 'CANCELLED') return 'CANCELLED';
    if (plan.resultsPublished) return 'RESULTS_PUBLISHED';
    if (plan.published) return 'PUBLISHED';
    return plan.state;
}

export function planState(plan) {
    return badge('plan', planStage(plan));
}

/** Ratios such as {HIGH: 0.1} as "高风险 10%"-style words, in the order of the levels. */
export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'];
export const CREDIT_LEVELS = ['A', 'B', 'C', 'D'];
