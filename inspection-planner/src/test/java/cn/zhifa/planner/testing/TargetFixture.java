package cn.zhifa.planner.testing;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import cn.zhifa.planner.domain.CreditCode;

/** Inspection targets for planner tests: valid random credit codes and import files of targets. */
public final class TargetFixture {

    private TargetFixture() {
    }

    /** A valid unified social credit code registered in {@code area}. */
    public static String creditCode(String area) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder sb = new StringBuilder("91").append(area);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
    }

    /** An import file: {@code count} targets of one industry in one area, risk and credit levels cycling. */
    public static String targetsCsv(String area, String industry, int count, List<String> codesOut) {
        StringBuilder csv = new StringBuilder("creditCode,name,industry,area,riskLevel,creditLevel,address\n");
        String[] risks = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"};
        String[] credits = {"A", "B", "C", "D"};
        for (int i = 0; i < count; i++) {
            String code = creditCode(area);
            codesOut.add(code);
            csv.append(code).append(",测试企业").append(i).append(',').append(industry).append(',').append(area)
                    .append(',').append(risks[i % 4]).append(',').append(credits[(i / 4) % 4]).append(",测试地址\n");
        }
        return csv.toString();
    }
}
