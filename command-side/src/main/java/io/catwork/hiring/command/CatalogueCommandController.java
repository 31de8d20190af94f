package io.catwork.hiring.command;

import io.catwork.common.api.Access;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.IdView;
import io.catwork.common.api.Role;
import io.catwork.hiring.api.CreateTestCommand;
import io.catwork.hiring.api.OpenVacancyCommand;
import io.catwork.hiring.api.TestId;
import io.catwork.hiring.api.UpdateVacancyCommand;
import io.catwork.hiring.api.VacancyId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Managers keep the catalogue of tests and the vacancies (MANAGER rules are in ops' security configuration). */
@RestController
class CatalogueCommandController {
    private final CommandGateway commands;
    private final HiringDirectory directory;

    CatalogueCommandController(CommandGateway commands, HiringDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    record TestRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
                       @NotNull @Min(1) @Max(1_000_000) Integer maxScore, @NotNull @Min(0) Integer passScore) {
    }

    record VacancyRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
                          @Size(max = 50) List<@NotNull UUID> testIds, Boolean open) {
    }

    record VacancyBody(UUID id, String title, String description, List<UUID> testIds, boolean open) {
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Add a test to the catalogue")
    @PostMapping("/api/tests")
    ResponseEntity<IdView> createTest(@Valid @RequestBody TestRequest request) {
        if (request.passScore() > request.maxScore()) {
            throw CatworkException.invalid("passScore", "must not exceed maxScore");
        }
        TestId id = new TestId(UUID.randomUUID());
        commands.sendAndWait(new CreateTestCommand(id, request.name().strip(), request.description(),
                request.maxScore(), request.passScore()));
        return ResponseEntity.created(URI.create("/api/tests/" + id)).body(new IdView(id.value()));
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Open a vacancy")
    @PostMapping("/api/vacancies")
    ResponseEntity<IdView> openVacancy(@Valid @RequestBody VacancyRequest request) {
        VacancyId id = new VacancyId(UUID.randomUUID());
        commands.sendAndWait(new OpenVacancyCommand(id, request.title().strip(), request.description(),
                knownTests(request.testIds())));
        return ResponseEntity.created(URI.create("/api/vacancies/" + id)).body(new IdView(id.value()));
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Edit or close a vacancy")
    @PutMapping("/api/vacancies/{id}")
    VacancyBody updateVacancy(@PathVariable UUID id, @Valid @RequestBody VacancyRequest request) {
        if (request.open() == null) {
            throw CatworkException.invalid("open", "must not be null");
        }
        List<TestId> tests = knownTests(request.testIds());
        commands.sendAndWait(new UpdateVacancyCommand(new VacancyId(id), request.title().strip(),
                request.description(), tests, request.open()));
        return new VacancyBody(id, request.title().strip(), request.description(),
                tests.stream().map(TestId::value).toList(), request.open());
    }

    /** The given test ids, each of which must be in the catalogue. */
    private List<TestId> knownTests(List<UUID> ids) {
        List<TestId> tests = ids == null ? List.of() : ids.stream().distinct().map(TestId::new).toList();
        tests.forEach(test -> directory.maxScore(test)
                .orElseThrow(() -> CatworkException.invalid("testIds", "no test with id " + test)));
        return tests;
    }
}
