package cn.zhifa.platform.dictionary;

import org.mybatis.cdi.Mapper;

import java.util.List;

/** The {@code shr_} dictionary tables. */
@Mapper
public interface DictionaryMapper {
    List<Agency> agencies();

    List<Division> divisions();

    List<CodeName> enforcementCategories();

    List<CodeName> trainingCategories();

    List<CodeName> resultCodes();
}
