package cn.zhifa.platform.security;

import java.util.Set;

/** The roles of the {@code groups} claim. */
public final class Roles {
    /** 人事部门: keeps the officer roster. */
    public static final String HR = "hr";
    /** 司法局: decides on credentials, supervises training and inspections. */
    public static final String JUDICIAL = "judicial";
    /** 培训组织单位: records courses and attendance. */
    public static final String TRAINER = "trainer";
    /** 抽查计划制定人员: target directory, matters, plans, draws, results. */
    public static final String PLANNER = "planner";
    /** 行政执法人员: sees own records; the token's {@code sub} is the officer id. */
    public static final String OFFICER = "officer";
    /** System administrator: audit verification and operations. */
    public static final String ADMIN = "admin";
    /**
     * Another agency's platform (a machine client, signed in with the OAuth client-credentials grant), reading
     * (and later pushing) data of its own agency: acts for the agency of its token like {@link #HR}, on the few
     * endpoints that name it (docs/security.md "Machine clients").
     */
    public static final String MACHINE = "machine";

    public static final Set<String> ALL = Set.of(HR, JUDICIAL, TRAINER, PLANNER, OFFICER, ADMIN, MACHINE);

    private Roles() {
    }
}
