package cn.zhifa.planner.demo;

import java.util.List;
import java.util.Random;

import cn.zhifa.planner.domain.CreditCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlannerDemoDataTest {

    @Test
    void everyDemoTargetHasAValidDistinctCreditCode() {
        List<String> lines = PlannerDemoData.directoryCsv(new Random(2026)).lines().skip(1).toList();
        List<String> codes = lines.stream().map(l -> l.split(",")[0]).toList();

        assertEquals(360, codes.size());
        assertTrue(codes.stream().allMatch(CreditCode::isValid));
        assertEquals(codes.size(), codes.stream().distinct().count());
        assertTrue(lines.stream().anyMatch(l -> l.contains(",500115,")), "长寿区 targets");
    }
}
