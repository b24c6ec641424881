package cn.zhifa.training.mapper;

/**
 * An officer as credential-service publishes it in {@code cred_v_officer}.
 *
 * @param id             the officer id
 * @param name           姓名
 * @param idNumber       居民身份证号码 (to resolve imported rows; never shown)
 * @param agencyCode     the officer's agency now
 * @param employmentType e.g. REGULAR
 * @param postStatus     e.g. ON_POST
 */
public record Officer(long id, String name, String idNumber, String agencyCode, String employmentType,
                      String postStatus) {
}
