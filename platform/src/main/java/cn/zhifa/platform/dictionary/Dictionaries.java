package cn.zhifa.platform.dictionary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dictionaries. Agencies, divisions and categories are loaded once: they change only with a migration, which
 * needs a restart anyway, so the copy can never go stale across instances. The result codes are an administrator's
 * to change ({@link ResultCodeAdmin}), so they are read from the table on each use (a dozen rows): every instance
 * sees a change at once.
 */
@ApplicationScoped
public class Dictionaries {
    private final DictionaryMapper mapper;
    private volatile Snapshot snapshot;

    @Inject
    public Dictionaries(DictionaryMapper mapper) {
        this.mapper = mapper;
    }

    private record Snapshot(Map<String, Agency> agencies, Map<String, Division> divisions,
                            Map<String, CodeName> categories, Map<String, CodeName> trainingCategories) {
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = new Snapshot(byCode(mapper.agencies(), Agency::code), byCode(mapper.divisions(), Division::code),
                    byCode(mapper.enforcementCategories(), CodeName::code),
                    byCode(mapper.trainingCategories(), CodeName::code));
            snapshot = current;
        }
        return current;
    }

    private static <T> Map<String, T> byCode(List<T> entries, Function<T, String> code) {
        return entries.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public List<Agency> agencies() {
        return List.copyOf(snapshot().agencies().values());
    }

    public List<Division> divisions() {
        return List.copyOf(snapshot().divisions().values());
    }

    public List<CodeName> categories() {
        return List.copyOf(snapshot().categories().values());
    }

    public List<CodeName> trainingCategories() {
        return List.copyOf(snapshot().trainingCategories().values());
    }

    /** The result codes, retired ones included, in the publicity system's order. */
    public List<ResultCode> resultCodes() {
        return mapper.resultCodes();
    }

    /** The result codes by code (for a table that names many results: one read). */
    public Map<String, ResultCode> resultCodesByCode() {
        return byCode(resultCodes(), ResultCode::code);
    }

    public Optional<Agency> agency(String code) {
        return Optional.ofNullable(code).map(snapshot().agencies()::get);
    }

    public Optional<Division> division(String code) {
        return Optional.ofNullable(code).map(snapshot().divisions()::get);
    }

    public Optional<ResultCode> resultCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(resultCodesByCode().get(code));
    }

    public boolean isAgency(String code) {
        return agency(code).isPresent();
    }

    public boolean isDivision(String code) {
        return division(code).isPresent();
    }

    public boolean isCategory(String code) {
        return code != null && snapshot().categories().containsKey(code);
    }

    public boolean isTrainingCategory(String code) {
        return code != null && snapshot().trainingCategories().containsKey(code);
    }

    /** Whether {@code area} is {@code code} or one of its ancestors: 500000 covers 500115. */
    public boolean divisionCovers(String area, String code) {
        Map<String, Division> divisions = snapshot().divisions();
        for (Division d = divisions.get(code); d != null; d = divisions.get(d.parentCode())) {
            if (d.code().equals(area)) {
                return true;
            }
            if (d.parentCode() == null) {
                break;
            }
        }
        return false;
    }

    /** The agency and every agency below it (sub-agencies at any depth), the agency first. */
    public List<String> agencyAndDescendants(String code) {
        if (!isAgency(code)) {
            return List.of();
        }
        Map<String, List<String>> children = snapshot().agencies().values().stream()
                .filter(a -> a.parentCode() != null)
                .collect(Collectors.groupingBy(Agency::parentCode,
                        Collectors.mapping(Agency::code, Collectors.toList())));
        List<String> result = new ArrayList<>();
        result.add(code);
        for (int i = 0; i < result.size(); i++) {
            result.addAll(children.getOrDefault(result.get(i), List.of()));
        }
        return result;
    }
}
