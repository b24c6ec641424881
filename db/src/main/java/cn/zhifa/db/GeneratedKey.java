package cn.zhifa.db;

/**
 * Receives the AUTO_INCREMENT key of an insert: pass it as a mapper parameter named {@code key} with
 * {@code useGeneratedKeys="true" keyProperty="key.id" keyColumn="id"} (records cannot take a key).
 */
public final class GeneratedKey {
    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The key; fails loudly when the insert produced none. */
    public long id() {
        if (id == null) {
            throw new IllegalStateException("the insert returned no key");
        }
        return id;
    }
}
