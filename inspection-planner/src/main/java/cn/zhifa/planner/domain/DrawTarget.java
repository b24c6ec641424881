package cn.zhifa.planner.domain;

/** One eligible target as the draw sees it: the three fields that are hashed and published. */
public record DrawTarget(String creditCode, RiskLevel riskLevel, CreditLevel creditLevel) {

    /** The line of {@code targetsHash}: {@code creditCode,riskLevel,creditLevel\n}. */
    String hashLine() {
        return creditCode + "," + riskLevel + "," + creditLevel + "\n";
    }
}
