package cn.zhifa.platform.web;

import cn.zhifa.platform.error.Violations;

/** A validated {@code ?page=&size=}: page counts from 1, size from 1 to {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    /** 400 with both problems named when page or size is out of range; missing values take defaults. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        new Violations()
                .require(p >= 1, "page", "PAGE_INVALID")
                .require(s >= 1 && s <= MAX_SIZE, "size", "SIZE_INVALID", MAX_SIZE)
                .throwIfInvalid();
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public int limit() {
        return size;
    }
}
