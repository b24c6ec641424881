package cn.zhifa.credential.service;

import cn.zhifa.platform.dictionary.Agency;
import cn.zhifa.platform.dictionary.CodeName;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.dictionary.Division;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Dictionary codes with their Chinese names, for responses and pages. */
@ApplicationScoped
public class Names {
    private final Dictionaries dictionaries;

    @Inject
    public Names(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    public Named agency(String code) {
        return new Named(code, dictionaries.agency(code).map(Agency::name).orElse(code));
    }

    public Named category(String code) {
        return new Named(code, dictionaries.categories().stream().filter(c -> c.code().equals(code))
                .map(CodeName::name).findFirst().orElse(code));
    }

    public Named division(String code) {
        return new Named(code, dictionaries.division(code).map(Division::name).orElse(code));
    }

    public List<Named> categories(List<String> codes) {
        return codes.stream().map(this::category).toList();
    }

    public List<Named> divisions(List<String> codes) {
        return codes.stream().map(this::division).toList();
    }
}
