package io.catwork.hiring.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.catwork.hiring.api.Characteristics;
import io.catwork.hiring.api.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkerCodesTest {
    static final LocalDate HIRED_ON = LocalDate.of(2026, 11, 26);

    @Test
    void latinBreedAndColourGiveTheExampleOfTheRules() {
        Characteristics maineCoon = new Characteristics("Maine Coon", "black", Sex.M, LocalDate.of(2023, 5, 1));
        assertThat(WorkerCodes.code(maineCoon, HIRED_ON, 7)).isEqualTo("MAI-BLA-M03-0007");
    }

    @Test
    void cyrillicIsTransliteratedByIcu() {
        Characteristics russian = new Characteristics("Мейн-кун", "чёрный", Sex.F, LocalDate.of(2020, 11, 27));
        assertThat(WorkerCodes.code(russian, HIRED_ON, 42)).isEqualTo("MEY-CHE-F05-0042");
        assertThat(WorkerCodes.letters("Сиамская")).isEqualTo("SIA");
        assertThat(WorkerCodes.letters("Шотландская")).isEqualTo("SHO");
        assertThat(WorkerCodes.letters("Éclair")).isEqualTo("ECL");
    }

    @Test
    void shortNamesArePaddedWithXAndOnlyLettersCount() {
        assertThat(WorkerCodes.letters("Ко")).isEqualTo("KOX");
        assertThat(WorkerCodes.letters("A-1 b")).isEqualTo("ABX");
        assertThat(WorkerCodes.letters("")).isEqualTo("XXX");
    }

    @Test
    void ageIsFullYearsAtHireCappedAt99AndTheNumberGrowsPastFourDigits() {
        Characteristics ancient = new Characteristics("Sphynx", "pink", Sex.M, LocalDate.of(1900, 1, 1));
        assertThat(WorkerCodes.code(ancient, HIRED_ON, 12345)).isEqualTo("SPH-PIN-M99-12345");
        Characteristics birthdayTomorrow = new Characteristics("Sphynx", "pink", Sex.F, LocalDate.of(2024, 11, 27));
        assertThat(WorkerCodes.code(birthdayTomorrow, HIRED_ON, 1)).isEqualTo("SPH-PIN-F01-0001");
    }
}
