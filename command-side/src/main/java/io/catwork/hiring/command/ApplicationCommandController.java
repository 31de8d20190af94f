package io.catwork.hiring.command;

import io.catwork.common.api.Access;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.IdView;
import io.catwork.common.api.InputBounds;
import io.catwork.common.api.Role;
import io.catwork.hiring.api.ApplicationId;
import io.catwork.hiring.api.AssignTestsCommand;
import io.catwork.hiring.api.Characteristics;
import io.catwork.hiring.api.HireApplicantCommand;
import io.catwork.hiring.api.HiringErrorCode;
import io.catwork.hiring.api.RecordContactCommand;
import io.catwork.hiring.api.RecordTestResultCommand;
import io.catwork.hiring.api.RejectApplicationCommand;
import io.catwork.hiring.api.Sex;
import io.catwork.hiring.api.SubmitApplicationCommand;
import io.catwork.hiring.api.TestId;
import io.catwork.hiring.api.VacancyId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Applications: anyone submits (rate limited in ops); managers contact, test, hire and reject. */
@RestController
@RequestMapping("/api/applications")
class ApplicationCommandController {
    private final CommandGateway commands;
    private final HiringDirectory directory;
    private final Clock clock;
    private final ZoneId zone;

    ApplicationCommandController(CommandGateway commands, HiringDirectory directory, Clock clock,
                                 @Value("${catwork.billing.zone:Europe/Moscow}") ZoneId zone) {
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
        this.zone = zone;
    }

    record CharacteristicsRequest(@NotBlank @Size(max = 100) String breed, @NotBlank @Size(max = 100) String color,
                                  @NotNull Sex sex, @NotNull @Past LocalDate birthDate) {
    }

    record ApplicationRequest(UUID vacancyId, @NotBlank @Size(max = 200) String name,
                              @NotBlank @Email @Size(max = 254) String email,
                              @NotBlank @Pattern(regexp = InputBounds.PHONE_PATTERN) String phone,
                              @NotNull @Valid CharacteristicsRequest characteristics,
                              @Size(max = 4000) String about) {
    }

    record ContactRequest(@NotBlank @Size(max = 4000) String note) {
    }

    record TestsRequest(@NotEmpty @Size(max = 50) List<@NotNull UUID> testIds) {
    }

    record ResultRequest(@NotNull @Min(0) Integer score, @NotNull Boolean passed, @Size(max = 4000) String comment) {
    }

    record HireRequest(@NotBlank @Size(max = 100) String payoutAccount) {
    }

    record RejectRequest(@Size(max = 4000) String reason) {
    }

    record HiredView(UUID workerId, String workerCode) {
    }

    @Access(open = true)
    @Operation(summary = "Apply for a job as a cat worker")
    @PostMapping
    ResponseEntity<IdView> submit(@Valid @RequestBody ApplicationRequest request) {
        VacancyId vacancyId = request.vacancyId() == null ? null : new VacancyId(request.vacancyId());
        List<TestId> vacancyTests = List.of();
        if (vacancyId != null) {
            HiringDirectory.VacancyEntry vacancy = directory.vacancy(vacancyId)
                    .orElseThrow(() -> CatworkException.invalid("vacancyId", "no vacancy with this id"));
            if (!vacancy.open()) {
                throw new CatworkException(HiringErrorCode.VACANCY_CLOSED, "vacancyId", "the vacancy is closed");
            }
            vacancyTests = vacancy.testIds();
        }
        CharacteristicsRequest c = request.characteristics();
        if (c.birthDate().isBefore(InputBounds.EARLIEST_BIRTH_DATE)) {
            throw CatworkException.invalid("characteristics.birthDate",
                    "must not be before " + InputBounds.EARLIEST_BIRTH_DATE);
        }
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        commands.sendAndWait(new SubmitApplicationCommand(id, vacancyId, request.name().strip(),
                request.email().strip(), request.phone().strip(),
                new Characteristics(c.breed().strip(), c.color().strip(), c.sex(), c.birthDate()), request.about(),
                vacancyTests, clock.instant()));
        return ResponseEntity.created(URI.create("/api/applications/" + id)).body(new IdView(id.value()));
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Record a contact note on an application")
    @PostMapping("/{id}/contact")
    ResponseEntity<Void> contact(@PathVariable UUID id, @Valid @RequestBody ContactRequest request) {
        commands.sendAndWait(new RecordContactCommand(new ApplicationId(id), request.note(), clock.instant()));
        return ResponseEntity.ok().build();
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Assign tests to an application")
    @PostMapping("/{id}/tests")
    ResponseEntity<Void> assignTests(@PathVariable UUID id, @Valid @RequestBody TestsRequest request) {
        List<TestId> tests = request.testIds().stream().map(TestId::new).toList();
        tests.forEach(test -> directory.maxScore(test)
                .orElseThrow(() -> CatworkException.invalid("testIds", "no test with id " + test)));
        commands.sendAndWait(new AssignTestsCommand(new ApplicationId(id), tests));
        return ResponseEntity.ok().build();
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Record an applicant's result of a test")
    @PostMapping("/{id}/tests/{testId}/result")
    ResponseEntity<Void> recordResult(@PathVariable UUID id, @PathVariable UUID testId,
                                      @Valid @RequestBody ResultRequest request) {
        int maxScore = directory.maxScore(new TestId(testId)).orElseThrow(() -> CatworkException.notFound("test"));
        if (request.score() > maxScore) {
            throw CatworkException.invalid("score", "must not exceed the test's maximum score " + maxScore);
        }
        commands.sendAndWait(new RecordTestResultCommand(new ApplicationId(id), new TestId(testId), request.score(),
                request.passed(), request.comment()));
        return ResponseEntity.ok().build();
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Hire the applicant as a worker")
    @PostMapping("/{id}/hire")
    HiredView hire(@PathVariable UUID id, @Valid @RequestBody HireRequest request) {
        AccountId workerId = new AccountId(UUID.randomUUID());
        String code = commands.sendAndWait(new HireApplicantCommand(new ApplicationId(id), workerId,
                request.payoutAccount().strip(), LocalDate.now(clock.withZone(zone)), clock.instant()));
        return new HiredView(workerId.value(), code);
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Reject an application")
    @PostMapping("/{id}/reject")
    ResponseEntity<Void> reject(@PathVariable UUID id, @Valid @RequestBody(required = false) RejectRequest request) {
        commands.sendAndWait(new RejectApplicationCommand(new ApplicationId(id),
                request == null ? null : request.reason(), clock.instant()));
        return ResponseEntity.ok().build();
    }
}
