package io.catwork.common.api;

import java.time.LocalDate;

/**
 * Bounds that several entry points share, each equal to or inside what the stores hold, so nothing an entry point
 * accepted can fail later in a database.
 */
public final class InputBounds {
    /** A phone number: digits, spaces, brackets, dashes and one leading plus; 5 to 30 characters in all. */
    public static final String PHONE_PATTERN = "(?=.{5,30}$)\\+?[0-9 ()\\-]+";
    /** The earliest birth date an applicant may give (a cat's age on its worker code is capped at 99 anyway). */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private InputBounds() {
    }
}
