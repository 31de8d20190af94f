package io.catwork.common.api;

/**
 * A page of a list endpoint: {@code page} from 0 to {@link #MAX_PAGE}, {@code size} from 1 to a maximum; anything
 * else is a 400 (so a page's offset always fits the database's).
 */
public record Paging(int page, int size) {
    public static final int MAX_PAGE = 100_000;

    public static Paging of(int page, int size, int maxSize) {
        if (page < 0 || page > MAX_PAGE) {
            throw CatworkException.invalid("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > maxSize) {
            throw CatworkException.invalid("size", "must be between 1 and " + maxSize);
        }
        return new Paging(page, size);
    }
}
