package io.catwork.notifications.query;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.CommonErrorCode;
import io.catwork.common.api.Paging;
import io.catwork.common.api.Role;
import io.catwork.notifications.api.NotificationStatus;
import io.catwork.notifications.api.NotificationView;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Managers list emails by status and resend one (the MANAGER rule for /api/admin/** is in ops). */
@Access(Role.MANAGER)
@RestController
@RequestMapping("/api/admin/notifications")
class NotificationAdminController {
    private static final Logger audit = LoggerFactory.getLogger("io.catwork.audit");
    static final int MAX_PAGE_SIZE = 200;

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationAdminController(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Newest first; the total is in {@code X-Total-Count}. */
    @Operation(summary = "List emails by status, newest first")
    @GetMapping
    ResponseEntity<List<NotificationView>> list(@RequestParam(required = false) NotificationStatus status,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        Page<Notification> found = notifications.search(status, PageRequest.of(paging.page(), paging.size(),
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"))));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(found.getTotalElements()))
                .body(found.map(Notification::toView).getContent());
    }

    /** Queues exactly one more copy of a SENT or FAILED email; one still PENDING is a 409. */
    @Operation(summary = "Send a sent or failed email once more")
    @PostMapping("/{id}/resend")
    @Transactional
    ResponseEntity<Void> resend(Actor actor, @PathVariable UUID id) {
        Notification notification = notifications.findById(id)
                .orElseThrow(() -> CatworkException.notFound("notification"));
        if (notification.status() == NotificationStatus.PENDING) {
            throw new CatworkException(CommonErrorCode.CONFLICT, "the email is still waiting to be sent");
        }
        notification.resend(clock.instant());
        audit.info("manager {} resent notification {}", actor.id(), id);
        return ResponseEntity.accepted().build();
    }
}
