package io.catwork.common.api;

/** A page of a list endpoint: {@code page} from 0, {@code size} from 1 to a maximum; anything else is a 400. */
public record Paging(int page, int size) {

    public static Paging of(int page, int size, int maxSize) {
        if (page < 0) {
            throw CatworkException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw CatworkException.invalid("size", "must be between 1 and " + maxSize);
        }
        return new Paging(page, size);
    }
}
