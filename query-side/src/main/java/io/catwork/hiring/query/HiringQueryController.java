package io.catwork.hiring.query;

import io.catwork.common.api.Access;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Role;
import io.catwork.hiring.api.ApplicationStatus;
import io.catwork.hiring.api.HiringViews;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading hiring: open vacancies for anyone; the rest for managers (rules in ops' security configuration). */
@RestController
@Transactional(readOnly = true)
class HiringQueryController {
    private final TestViewRepository tests;
    private final VacancyViewRepository vacancies;
    private final ApplicationViewRepository applications;
    private final WorkerViewRepository workers;

    HiringQueryController(TestViewRepository tests, VacancyViewRepository vacancies,
                          ApplicationViewRepository applications, WorkerViewRepository workers) {
        this.tests = tests;
        this.vacancies = vacancies;
        this.applications = applications;
        this.workers = workers;
    }

    @Access(Role.MANAGER)
    @Operation(summary = "List the tests catalogue")
    @GetMapping("/api/tests")
    List<HiringViews.TestView> tests() {
        return tests.findAllByOrderByCreatedAt().stream().map(TestViewEntity::toView).toList();
    }

    @Access(open = true)
    @Operation(summary = "List the open vacancies")
    @GetMapping("/api/vacancies")
    List<HiringViews.VacancyView> openVacancies() {
        return vacancies.findAllByOpenTrueOrderByCreatedAt().stream().map(VacancyViewEntity::toView).toList();
    }

    /** Newest first. */
    @Access(Role.MANAGER)
    @Operation(summary = "List applications, newest first")
    @GetMapping("/api/applications")
    List<HiringViews.ApplicationSummaryView> applications(@RequestParam(required = false) ApplicationStatus status) {
        List<ApplicationViewEntity> found = status == null ? applications.findAllByOrderBySubmittedAtDesc()
                : applications.findAllByStatusOrderBySubmittedAtDesc(status);
        return found.stream().map(ApplicationViewEntity::toSummary).toList();
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Show an application with its tests and notes")
    @GetMapping("/api/applications/{id}")
    HiringViews.ApplicationView application(@PathVariable UUID id) {
        return applications.findById(id).map(ApplicationViewEntity::toView)
                .orElseThrow(() -> CatworkException.notFound("application"));
    }

    @Access(Role.MANAGER)
    @Operation(summary = "List the hired workers")
    @GetMapping("/api/workers")
    List<HiringViews.WorkerView> workers() {
        return workers.findAllByOrderByHiredAt().stream().map(WorkerViewEntity::toView).toList();
    }
}
