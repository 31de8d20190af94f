package io.catwork.reviews.query;

import io.catwork.common.api.Access;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Paging;
import io.catwork.common.api.Role;
import io.catwork.orders.api.FindOrderQuery;
import io.catwork.orders.api.OrderHistoryEntryView;
import io.catwork.orders.api.OrderHistoryQuery;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderView;
import io.swagger.v3.oas.annotations.Operation;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' review queue and a review's page: the order and its full history (asked of the orders module through
 * the query bus), links to its photos, and the client's contacts.
 */
@RestController
@Access(Role.MANAGER)
class ReviewsQueryController {
    private final JdbcTemplate jdbc;
    private final QueryGateway queries;

    ReviewsQueryController(JdbcTemplate jdbc, QueryGateway queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    enum Status { OPEN, DONE }

    record ReviewSummary(UUID id, UUID orderId, String status, String trigger, Instant openedAt) {
    }

    record Client(String name, String email, String phone) {
    }

    record Photo(UUID id, String kind, String url) {
    }

    record Result(String verdict, boolean clientContacted, String findings, String actions, UUID completedBy,
                  Instant completedAt) {
    }

    record ReviewDetail(UUID id, UUID orderId, String status, String trigger, Instant openedAt, OrderView order,
                        List<OrderHistoryEntryView> history, List<Photo> photos, Client client, Result result) {
    }

    /** The largest page of the review lists. */
    static final int MAX_PAGE_SIZE = 100;
    /** The most reviews of one order shown at once (newest first). */
    static final int MAX_REVIEWS_OF_AN_ORDER = 50;

    private static final String SELECT_SUMMARY = "select id, order_id, status, review_trigger, opened_at "
            + "from review_view ";
    private static final RowMapper<ReviewSummary> SUMMARY = (row, index) -> new ReviewSummary(
            row.getObject("id", UUID.class), row.getObject("order_id", UUID.class), row.getString("status"),
            row.getString("review_trigger"), row.getTimestamp("opened_at").toInstant());

    /**
     * Oldest first; all of them without {@code status}. With {@code page} or {@code size} (added), one page of at most
     * {@link #MAX_PAGE_SIZE}; the total is in {@code X-Total-Count} either way.
     */
    @Operation(summary = "List quality reviews, oldest first")
    @GetMapping("/api/quality-reviews")
    ResponseEntity<List<ReviewSummary>> list(@RequestParam(required = false) Status status,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        String where = status == null ? "" : "where status = ? ";
        List<Object> arguments = new ArrayList<>();
        if (status != null) {
            arguments.add(status.name());
        }
        String ordered = SELECT_SUMMARY + where + "order by opened_at, id";
        List<ReviewSummary> found;
        long total;
        if (page == null && size == null) {
            found = jdbc.query(ordered, SUMMARY, arguments.toArray());
            total = found.size();
        } else {
            Paging paging = Paging.of(page == null ? 0 : page, size == null ? MAX_PAGE_SIZE : size, MAX_PAGE_SIZE);
            total = jdbc.queryForObject("select count(*) from review_view " + where, Long.class, arguments.toArray());
            arguments.add(paging.size());
            arguments.add((long) paging.page() * paging.size());
            found = jdbc.query(ordered + " limit ? offset ?", SUMMARY, arguments.toArray());
        }
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(total)).body(found);
    }

    /** An order's reviews, newest first, at most {@link #MAX_REVIEWS_OF_AN_ORDER} (the console's order page). */
    List<ReviewSummary> ofOrder(UUID orderId) {
        return jdbc.query(SELECT_SUMMARY + "where order_id = ? order by opened_at desc, id limit ?", SUMMARY,
                orderId, MAX_REVIEWS_OF_AN_ORDER);
    }

    @Operation(summary = "Show a review with its order, the order's history and the client")
    @GetMapping("/api/quality-reviews/{id}")
    ReviewDetail get(@PathVariable String id) {
        UUID reviewId;
        try {
            reviewId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw CatworkException.invalid("id", "not a review id");
        }
        List<Map<String, Object>> found = jdbc.queryForList("select * from review_view where id = ?", reviewId);
        if (found.isEmpty()) {
            throw CatworkException.notFound("review");
        }
        Map<String, Object> review = found.get(0);
        OrderId orderId = new OrderId((UUID) review.get("order_id"));
        OrderView order = queries.query(new FindOrderQuery(orderId), ResponseTypes.instanceOf(OrderView.class))
                .join();
        List<OrderHistoryEntryView> history = queries.query(new OrderHistoryQuery(orderId),
                ResponseTypes.multipleInstancesOf(OrderHistoryEntryView.class)).join();
        List<Photo> photos = new ArrayList<>();
        if (order != null && order.checkInPhotoId() != null) {
            photos.add(photo(orderId, order.checkInPhotoId(), "CHECK_IN"));
        }
        if (order != null && order.reportPhotoId() != null) {
            photos.add(photo(orderId, order.reportPhotoId(), "REPORT"));
        }
        Client client = jdbc.query("select name, email, phone from review_client where client_id = ?",
                rows -> rows.next() ? new Client(rows.getString(1), rows.getString(2), rows.getString(3)) : null,
                review.get("client_id"));
        Result result = "DONE".equals(review.get("status")) ? new Result((String) review.get("verdict"),
                Boolean.TRUE.equals(review.get("client_contacted")), (String) review.get("findings"),
                (String) review.get("actions"), (UUID) review.get("completed_by"),
                instant(review.get("completed_at"))) : null;
        return new ReviewDetail(reviewId, orderId.value(), (String) review.get("status"),
                (String) review.get("review_trigger"), instant(review.get("opened_at")), order, history, photos,
                client, result);
    }

    private static Photo photo(OrderId orderId, UUID photoId, String kind) {
        return new Photo(photoId, kind, "/api/orders/" + orderId + "/photos/" + photoId);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return null;
    }
}
