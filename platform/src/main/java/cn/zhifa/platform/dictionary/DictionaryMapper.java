package cn.zhifa.platform.dictionary;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.List;

/** The {@code shr_} dictionary tables. */
@Mapper
public interface DictionaryMapper {
    List<Agency> agencies();

    List<Division> divisions();

    List<CodeName> enforcementCategories();

    List<CodeName> trainingCategories();

    List<ResultCode> resultCodes();

    int updateResultCode(@Param("code") ResultCode code, @Param("retiredAtMs") Long retiredAtMs);

    int insertResultCode(@Param("code") ResultCode code, @Param("retiredAtMs") Long retiredAtMs);
}
