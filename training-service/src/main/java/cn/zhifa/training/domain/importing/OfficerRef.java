package cn.zhifa.training.domain.importing;

/** How a row names the officer: by id, or by resident identity number (居民身份证号码). */
public sealed interface OfficerRef {
    /** @param id the officer id of credential-service */
    record ById(long id) implements OfficerRef {
    }

    /** @param idNumber 18 characters, upper-case check character */
    record ByIdNumber(String idNumber) implements OfficerRef {
    }
}
