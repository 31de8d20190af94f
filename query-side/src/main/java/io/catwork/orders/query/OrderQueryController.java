package io.catwork.orders.query;

import io.catwork.accounts.api.AccountSummaries;
import io.catwork.accounts.api.AccountSummary;
import io.catwork.common.api.Access;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.CommonErrorCode;
import io.catwork.common.api.Paging;
import io.catwork.common.api.Photos;
import io.catwork.common.api.Role;
import io.catwork.orders.api.OrderHistoryEntryView;
import io.catwork.orders.api.OrderStatus;
import io.catwork.orders.api.OrderView;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading orders. Who may see an order: its client, its assigned worker, managers and assemblers; anyone else gets
 * 404, as if it did not exist.
 */
@RestController
class OrderQueryController {
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_SEARCH_LENGTH = 200;

    private final OrderViewRepository orders;
    private final OrderEventLog eventLog;
    private final Photos photos;
    private final QueryGateway queries;

    OrderQueryController(OrderViewRepository orders, OrderEventLog eventLog, Photos photos, QueryGateway queries) {
        this.orders = orders;
        this.eventLog = eventLog;
        this.photos = photos;
        this.queries = queries;
    }

    @Access(anyAccount = true)
    @Operation(summary = "Read an order, or (managers) its state at a past moment or after one of its events")
    @GetMapping("/api/orders/{id}")
    OrderView get(Actor actor, @PathVariable UUID id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                  OffsetDateTime asOf, @RequestParam(required = false) Long afterEvent) {
        if (asOf != null || afterEvent != null) {
            if (!actor.is(Role.MANAGER)) {
                throw new CatworkException(CommonErrorCode.FORBIDDEN, "only managers can read an order as of a past time");
            }
            if (asOf != null && afterEvent != null) {
                throw CatworkException.invalid("afterEvent", "give asOf or afterEvent, not both");
            }
            if (afterEvent != null && afterEvent < 0) {
                throw CatworkException.invalid("afterEvent", "must be an event's sequence number, 0 or more");
            }
            OrderViewEntity past = asOf != null ? eventLog.stateAsOf(id, asOf.toInstant())
                    : eventLog.stateAfter(id, afterEvent);
            if (!past.exists()) {
                throw CatworkException.notFound("order");
            }
            return past.toView();
        }
        return orders.findById(id)
                .filter(order -> maySee(actor, order))
                .map(OrderViewEntity::toView)
                .orElseThrow(() -> CatworkException.notFound("order"));
    }

    /**
     * Role-scoped, newest first; the total is in {@code X-Total-Count}. {@code q}: an order's, a client's or a worker's
     * id, or an account's email, name or worker code.
     */
    @Access(anyAccount = true)
    @Operation(summary = "List the orders the caller may see, newest first; search by order, client or worker")
    @GetMapping("/api/orders")
    ResponseEntity<List<OrderView>> list(Actor actor, @RequestParam(required = false) OrderStatus status,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        String search = q == null ? "" : q.strip();
        if (search.length() > MAX_SEARCH_LENGTH) {
            throw CatworkException.invalid("q", "may be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        UUID clientId = actor.is(Role.CLIENT) ? actor.id().value() : null;
        UUID workerId = actor.is(Role.WORKER) ? actor.id().value() : null;
        Sort newestFirst = Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"));
        PageRequest wanted = PageRequest.of(paging.page(), paging.size(), newestFirst);
        Page<OrderViewEntity> found;
        if (search.isEmpty()) {
            found = orders.search(clientId, workerId, status, wanted);
        } else {
            Set<UUID> ids = idsMatching(search);
            found = ids.isEmpty() ? Page.empty(wanted)
                    : orders.searchByIds(ids, clientId, workerId, status, wanted);
        }
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(found.getTotalElements()))
                .body(found.map(OrderViewEntity::toView).getContent());
    }

    /** An id as it is, or the accounts (at most 100) whose email, name or worker code matches the text. */
    private Set<UUID> idsMatching(String search) {
        try {
            return Set.of(UUID.fromString(search));
        } catch (IllegalArgumentException notAnId) {
            return AccountSummaries.matching(queries, search, 100).stream().map(AccountSummary::id)
                    .collect(Collectors.toSet());
        }
    }

    /** A check-in or report photo, for whoever may see the order. */
    @Access(anyAccount = true)
    @Operation(summary = "Download an order's check-in or report photo")
    @GetMapping("/api/orders/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable UUID id, @PathVariable UUID photoId) {
        orders.findById(id).filter(order -> maySee(actor, order)).filter(order -> order.hasPhoto(photoId))
                .orElseThrow(() -> CatworkException.notFound("photo"));
        Photos.Photo photo = photos.load(photoId).orElseThrow(() -> CatworkException.notFound("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(photo.content());
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Read an order's full event history")
    @GetMapping("/api/orders/{id}/history")
    List<OrderHistoryEntryView> history(@PathVariable UUID id) {
        List<OrderHistoryEntryView> history = eventLog.history(id);
        if (history.isEmpty()) {
            throw CatworkException.notFound("order");
        }
        return history;
    }

    private static boolean maySee(Actor actor, OrderViewEntity order) {
        return switch (actor.role()) {
            case MANAGER, ASSEMBLER -> true;
            case CLIENT -> actor.isAccount(new AccountId(order.clientId()));
            case WORKER -> order.workerId() != null && actor.isAccount(new AccountId(order.workerId()));
            default -> false;
        };
    }
}
