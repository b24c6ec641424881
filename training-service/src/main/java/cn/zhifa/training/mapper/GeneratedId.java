package cn.zhifa.training.mapper;

/** Receives the key the database generated for an insert (MyBatis sets it; records cannot take it). */
public final class GeneratedId {
    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long value() {
        if (id == null) {
            throw new IllegalStateException("no key was generated");
        }
        return id;
    }
}
