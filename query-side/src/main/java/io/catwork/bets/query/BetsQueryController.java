package io.catwork.bets.query;

import io.catwork.bets.api.BetOutcome;
import io.catwork.bets.api.BetPoolView;
import io.catwork.common.api.Access;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An order's pool and the developers' fund, for managers (API.md, Bets). */
@RestController
@Access(Role.MANAGER)
class BetsQueryController {
    private final JdbcTemplate jdbc;

    BetsQueryController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "Show an order's betting pool")
    @GetMapping("/api/orders/{id}/bets")
    BetPoolView pool(@PathVariable String id) {
        UUID orderId;
        try {
            orderId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw CatworkException.invalid("id", "not an order id");
        }
        List<Map<String, Object>> pool = jdbc.queryForList("select status, pot, developers_share from bet_pool_view "
                + "where order_id = ?", orderId);
        if (pool.isEmpty()) {
            throw CatworkException.notFound("order");
        }
        List<BetPoolView.Bet> bets = jdbc.query("select bet_id, manager_id, amount, outcome, payout, paid from bet_view "
                        + "where order_id = ? order by position", (row, index) -> new BetPoolView.Bet(
                        row.getObject("bet_id", UUID.class), row.getObject("manager_id", UUID.class),
                        row.getBigDecimal("amount"), BetOutcome.valueOf(row.getString("outcome")),
                        row.getBigDecimal("payout"), row.getBoolean("paid")),
                orderId);
        Map<String, Object> row = pool.get(0);
        return new BetPoolView((String) row.get("status"), (BigDecimal) row.get("pot"), bets,
                (BigDecimal) row.get("developers_share"));
    }

    record FundView(BigDecimal total) {
    }

    @Operation(summary = "Show the developers' fund")
    @GetMapping("/api/bets/developers-fund")
    FundView developersFund() {
        BigDecimal total = jdbc.queryForObject("select coalesce(sum(developers_share), 0) from bet_pool_view",
                BigDecimal.class);
        return new FundView(total.setScale(2));
    }
}
