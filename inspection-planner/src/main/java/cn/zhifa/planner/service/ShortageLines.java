package cn.zhifa.planner.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.zhifa.planner.solver.Shortage;
import cn.zhifa.platform.dictionary.Agency;
import cn.zhifa.platform.dictionary.CodeName;
import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.dictionary.Division;
import cn.zhifa.platform.error.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A staffing shortage as a line a planner reads: the area and the category by name (with the area's code), not
 * by code alone. Every message of a shortage takes the same first arguments: area code, area name, category code,
 * category name (Chinese), category name (English), officer visits needed, officers available, visits they can give.
 */
@ApplicationScoped
public class ShortageLines {

    private final Dictionaries dictionaries;

    @Inject
    public ShortageLines(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** The line of {@code code} for {@code s}, the {@code extra} arguments after the common ones. */
    public Violation line(String code, Shortage s, List<Object> extra) {
        CodeName category = category(s.category(), s.agencyCode());
        List<Object> args = new ArrayList<>(List.of(s.area(),
                dictionaries.division(s.area()).map(Division::name).orElse(s.area()),
                s.category(), category.name(), category.nameEn(), s.needed(), s.availableOfficers(), s.capacity()));
        args.addAll(extra);
        return new Violation("inspectors", code, args);
    }

    public CodeName category(String code) {
        return dictionaries.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElse(new CodeName(code, code, code));
    }

    /**
     * The category named with the agency whose officers must hold it (a joint plan's matter), e.g.
     * "市场监管（重庆市长寿区市场监督管理局）"; the category alone when {@code agencyCode} is null.
     */
    public CodeName category(String code, String agencyCode) {
        CodeName category = category(code);
        if (agencyCode == null) {
            return category;
        }
        Optional<Agency> agency = dictionaries.agency(agencyCode);
        String name = agency.map(Agency::name).orElse(agencyCode);
        String nameEn = agency.map(a -> a.nameEn() == null ? a.name() : a.nameEn()).orElse(agencyCode);
        return new CodeName(code, category.name() + "（" + name + "）", category.nameEn() + " of " + nameEn);
    }
}
