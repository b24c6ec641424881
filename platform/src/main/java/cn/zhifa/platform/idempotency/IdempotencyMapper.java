package cn.zhifa.platform.idempotency;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** {@code shr_idempotency_key}. */
@Mapper
public interface IdempotencyMapper {
    void insert(StoredRequest request);

    StoredRequest find(@Param("subject") String subject, @Param("idemKey") String idemKey);

    int complete(@Param("subject") String subject, @Param("idemKey") String idemKey,
                 @Param("status") int status, @Param("type") String type, @Param("body") String body,
                 @Param("headers") String headers);

    int delete(@Param("subject") String subject, @Param("idemKey") String idemKey);

    int deleteExpired(@Param("subject") String subject, @Param("before") long beforeMs);
}
