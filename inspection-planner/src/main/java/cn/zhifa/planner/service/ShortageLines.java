package cn.zhifa.planner.service;

import java.util.ArrayList;
import java.util.List;

import cn.zhifa.planner.solver.Shortage;
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
        CodeName category = category(s.category());
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
}
