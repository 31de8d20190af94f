package io.catwork.hiring.command;

import com.ibm.icu.text.Transliterator;
import io.catwork.hiring.api.Characteristics;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/**
 * The worker code of DOMAIN.md §1: {@code BBB-CCC-SAA-NNNN}. BBB and CCC: the first three letters of breed and coat
 * colour, transliterated to Latin by ICU (Russian by the BGN/PCGN system, any other script by ICU's general rules),
 * upper case, padded with X; S: sex; AA: full years at hire, capped at 99; NNNN: a number unique among all codes.
 */
final class WorkerCodes {
    private static final Transliterator TO_LATIN =
            Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");

    private WorkerCodes() {
    }

    static String code(Characteristics characteristics, LocalDate hiredOn, long number) {
        int age = Math.min(99, Math.max(0, Period.between(characteristics.birthDate(), hiredOn).getYears()));
        return "%s-%s-%s%02d-%04d".formatted(letters(characteristics.breed()), letters(characteristics.color()),
                characteristics.sex().name(), age, number);
    }

    /** The first three Latin letters of {@code text}, upper case, padded with X. */
    static String letters(String text) {
        String latin;
        synchronized (TO_LATIN) { // ICU transliterators are not thread-safe
            latin = TO_LATIN.transliterate(text == null ? "" : text);
        }
        StringBuilder letters = new StringBuilder(3);
        latin.toUpperCase(Locale.ROOT).chars()
                .filter(c -> c >= 'A' && c <= 'Z')
                .limit(3)
                .forEach(c -> letters.append((char) c));
        while (letters.length() < 3) {
            letters.append('X');
        }
        return letters.toString();
    }
}
