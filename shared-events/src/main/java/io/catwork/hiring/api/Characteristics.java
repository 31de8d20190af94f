package io.catwork.hiring.api;

import java.time.LocalDate;

/** What an applicant tells of itself; the worker code is built from it. Breed and colour may be in any script. */
public record Characteristics(String breed, String color, Sex sex, LocalDate birthDate) {
}
