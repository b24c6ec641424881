package cn.zhifa.planner.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.zhifa.planner.domain.PlanAction.CANCEL;
import static cn.zhifa.planner.domain.PlanAction.CONFIRM;
import static cn.zhifa.planner.domain.PlanAction.DRAW;
import static cn.zhifa.planner.domain.PlanAction.FAIL_DRAW;
import static cn.zhifa.planner.domain.PlanAction.PUBLISH;
import static cn.zhifa.planner.domain.PlanAction.PUBLISH_RESULTS;
import static cn.zhifa.planner.domain.PlanAction.RECORD_RESULT;
import static cn.zhifa.planner.domain.PlanAction.REPLACE;
import static cn.zhifa.planner.domain.PlanAction.SEAL;
import static cn.zhifa.planner.domain.PlanState.CANCELLED;
import static cn.zhifa.planner.domain.PlanState.DRAFT;
import static cn.zhifa.planner.domain.PlanState.DRAWN;
import static cn.zhifa.planner.domain.PlanState.SEALED;

/**
 * The life cycle of a plan, the one place services and SQL conditions ask. Each action is legal in some states
 * and leads to one state:
 * <pre>
 *   DRAFT --confirm--> DRAFT   (a participating agency of a joint plan; the seal waits for every one)
 *   DRAFT --seal--> SEALED --draw--> DRAWN --publish | replace | record result | publish results--> DRAWN
 *   SEALED --fail draw--> CANCELLED   (a failed draw spends the seal: no second draw under it)
 *   DRAFT | SEALED --cancel--> CANCELLED
 * </pre>
 * Every other (state, action) pair is illegal. Whether the plan or its results are already published is an
 * instant on the plan that the services check besides, as are the disclosure moment ({@link Disclosure}) and whether
 * every agency of a joint plan has confirmed.
 */
public final class PlanLifecycle {

    /** The states an action is legal in and the state it leads to. */
    private record Rule(Set<PlanState> from, PlanState to) {
    }

    private static final Map<PlanAction, Rule> RULES = new EnumMap<>(Map.of(
            CONFIRM, new Rule(EnumSet.of(DRAFT), DRAFT),
            SEAL, new Rule(EnumSet.of(DRAFT), SEALED),
            CANCEL, new Rule(EnumSet.of(DRAFT, SEALED), CANCELLED),
            DRAW, new Rule(EnumSet.of(SEALED), DRAWN),
            FAIL_DRAW, new Rule(EnumSet.of(SEALED), CANCELLED),
            PUBLISH, new Rule(EnumSet.of(DRAWN), DRAWN),
            REPLACE, new Rule(EnumSet.of(DRAWN), DRAWN),
            RECORD_RESULT, new Rule(EnumSet.of(DRAWN), DRAWN),
            PUBLISH_RESULTS, new Rule(EnumSet.of(DRAWN), DRAWN)));

    private PlanLifecycle() {
    }

    /** The state the action leads to, or empty when the action is illegal in {@code from}. */
    public static Optional<PlanState> next(PlanState from, PlanAction action) {
        Rule rule = RULES.get(action);
        return rule.from().contains(from) ? Optional.of(rule.to()) : Optional.empty();
    }

    public static boolean allows(PlanState state, PlanAction action) {
        return RULES.get(action).from().contains(state);
    }

    /** The actions legal in {@code state}. */
    public static Set<PlanAction> allowedActions(PlanState state) {
        Set<PlanAction> actions = EnumSet.noneOf(PlanAction.class);
        RULES.forEach((action, rule) -> {
            if (rule.from().contains(state)) {
                actions.add(action);
            }
        });
        return actions;
    }

    /** The states in which {@code action} is legal: the {@code state IN (...)} of its conditional update. */
    public static Set<PlanState> statesAllowing(PlanAction action) {
        return EnumSet.copyOf(RULES.get(action).from());
    }

    /** The state {@code action} leads to. */
    public static PlanState target(PlanAction action) {
        return RULES.get(action).to();
    }

    /**
     * The stable code of the refusal of {@code action} in {@code state} (null when it is legal): the API's 409
     * says what stands in the way, in the words of the state.
     */
    public static String refusalCode(PlanState state, PlanAction action) {
        if (allows(state, action)) {
            return null;
        }
        if (state == CANCELLED) {
            return "PLAN_CANCELLED";
        }
        return switch (action) {
            case SEAL, CONFIRM -> "PLAN_NOT_DRAFT";
            case DRAW, FAIL_DRAW -> state == DRAWN ? "PLAN_ALREADY_DRAWN" : "PLAN_NOT_SEALED";
            case CANCEL -> "PLAN_NOT_CANCELLABLE";
            case PUBLISH, REPLACE, RECORD_RESULT, PUBLISH_RESULTS -> "PLAN_NOT_DRAWN";
        };
    }
}
