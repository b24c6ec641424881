package cn.zhifa.planner.mapper;

/** Receives an AUTO_INCREMENT key from an insert ({@code keyProperty="key.id"}). */
public final class GeneratedKey {
    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("the insert returned no key");
        }
        return id;
    }
}
