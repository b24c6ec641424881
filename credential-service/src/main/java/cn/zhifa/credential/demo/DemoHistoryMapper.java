package cn.zhifa.credential.demo;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.time.LocalDate;

/** Demo only: moves a credential's issue into the past, as if the roster had years of history. */
@Mapper
public interface DemoHistoryMapper {
    int backdate(@Param("number") String number, @Param("issuedOn") LocalDate issuedOn,
                 @Param("validUntil") LocalDate validUntil);

    int backdateTerm(@Param("number") String number, @Param("issuedOn") LocalDate issuedOn,
                     @Param("validUntil") LocalDate validUntil);
}
