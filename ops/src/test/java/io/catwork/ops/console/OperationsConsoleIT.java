package io.catwork.ops.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.ConsoleTest;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.Poison;
import io.catwork.ops.testing.TestSmtp;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The console's operations pages: processors and nodes with the replay of a projection behind a confirmation, the dead
 * letters with their retry, and the emails with their resend; each shows what the admin API answers and refuses with
 * its messages.
 */
class OperationsConsoleIT extends ConsoleTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    /** The advisory lock that holds a replay back (at its first row) while the test asks for it a second time. */
    static final long HOLD = 7_301_774_252L;
    /** A projection whose replay disturbs no other test: it only rebuilds the service types' list. */
    static final String HARMLESS = "service-types-projection";

    // ------------------------------------------------------------------------------------------------------------
    // processors and nodes

    @Test
    void theProcessorsPageShowsEveryProcessorWithItsKindPositionAndSegmentsAndTheNodes() throws Exception {
        String manager = given.managerToken();
        JsonNode processors = api.get("/api/admin/processors").bearer(manager).send().json();
        JsonNode nodes = api.get("/api/admin/nodes").bearer(manager).send().json();
        String page = manager().page("/console/operations");

        assertThat(page).contains("<h1>Processors</h1>", "aria-current=\"page\">Processors",
                "href=\"/console/operations/dead-letters\"", "href=\"/console/operations/emails\"");
        assertThat(processors.size()).isPositive();
        for (JsonNode processor : processors) {
            String name = processor.get("name").asText();
            String row = row(page, "processor-" + name);
            assertThat(row).as(name).contains(">" + name + "<", ">" + processor.get("kind").asText() + "<",
                    ">" + processor.get("status").asText() + "<");
            String replayLink = "href=\"/console/operations/processors/" + name + "/replay\"";
            if (processor.get("replayable").asBoolean()) {
                assertThat(row).as(name).contains(replayLink, "Replay…");
            } else {
                assertThat(row).as(name).doesNotContain(replayLink);
            }
            for (JsonNode segment : processor.get("segments")) {
                if (!segment.get("owner").isNull()) {
                    assertThat(row).as(name).contains(segment.get("segment").asText() + ": ",
                            "(" + segment.get("owner").asText() + ")");
                }
            }
        }
        String orders = row(page, "processor-orders-projection");
        assertThat(orders).contains(">PROJECTION<", ">RUNNING<").containsPattern("\\d+ / \\d+");
        assertThat(row(page, "processor-supplies-lookup")).contains(">LOOKUP<");
        assertThat(nodes.size()).isPositive();
        for (JsonNode node : nodes) {
            assertThat(page).contains(">" + node.get("id").asText() + "<");
        }
        assertThat(page).contains("(this node)");
    }

    @Test
    void aReplayIsConfirmedFirstThenRequestedAndASecondOneIsRefusedWhileItRuns() throws Exception {
        String serviceType = given.serviceType();
        Browser browser = manager();
        String confirm = "/console/operations/processors/" + HARMLESS + "/replay";
        String page = browser.page(confirm);
        assertThat(page).contains("<h1>Replay <span>" + HARMLESS + "</span></h1>",
                "clears the projection's tables and rebuilds them from the stored events",
                "Side effects are not replayed", "action=\"" + confirm + "\"", "name=\"_csrf\"",
                "name=\"back\" value=\"" + confirm + "\"", ">Replay " + HARMLESS + "</button>",
                "href=\"/console/operations\">Cancel</a>");
        assertThat(replay().get("replaying").asBoolean()).as("opening the confirmation replays nothing").isFalse();

        MockHttpServletResponse requested;
        jdbc.execute("create or replace function operations_console_hold() returns trigger language plpgsql as $$ "
                + "begin perform pg_advisory_xact_lock_shared(" + HOLD + "); return new; end $$");
        jdbc.execute("create trigger operations_console_hold before insert on service_type_view"
                + " for each row execute function operations_console_hold()");
        DataSource dataSource = Objects.requireNonNull(jdbc.getDataSource());
        try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
            statement.execute("select pg_advisory_lock(" + HOLD + ")");
            try {
                requested = browser.post(confirm, Map.of("back", confirm));
                assertThat(replay().get("replaying").asBoolean()).as("replaying while held").isTrue();
                Browser second = manager();
                CompletableFuture<MockHttpServletResponse> again = CompletableFuture.supplyAsync(
                        () -> second.post(confirm, Map.of("back", confirm)));
                try {
                    again.get(10, TimeUnit.SECONDS);
                } catch (TimeoutException stillWaiting) {
                    // answered once the hold is let go, and checked below
                }
                statement.execute("select pg_advisory_unlock(" + HOLD + ")");
                MockHttpServletResponse refused = again.get(30, TimeUnit.SECONDS);
                assertThat(refused.getStatus()).isEqualTo(303);
                assertThat(refused.getHeader("Location")).isEqualTo(confirm);
                assertThat(second.get(confirm).getContentAsString())
                        .contains("role=\"alert\">" + HARMLESS + " is already replaying</div>");
            } finally {
                statement.execute("select pg_advisory_unlock_all()");
            }
        } finally {
            jdbc.execute("drop trigger if exists operations_console_hold on service_type_view");
            jdbc.execute("drop function if exists operations_console_hold()");
        }
        assertThat(requested.getStatus()).isEqualTo(302);
        assertThat(requested.getRedirectedUrl()).isEqualTo("/console/operations");
        assertThat(browser.follow(requested)).contains("role=\"status\">Replay of " + HARMLESS + " requested</div>");

        await().atMost(WAIT).until(() -> {
            JsonNode processor = replay();
            return !processor.get("replaying").asBoolean() && "DONE".equals(processor.path("replayState").asText());
        });
        assertThat(row(browser.page("/console/operations"), "processor-" + HARMLESS)).contains("DONE", "finished");
        String manager = given.managerToken();
        await().atMost(WAIT).until(() -> StreamSupport.stream(api.get("/api/service-types").bearer(manager).send()
                .json().spliterator(), false).anyMatch(type -> type.get("id").asText().equals(serviceType)));
    }

    private JsonNode replay() {
        JsonNode processors = api.get("/api/admin/processors").bearer(given.managerToken()).send().json();
        return StreamSupport.stream(processors.spliterator(), false)
                .filter(processor -> processor.get("name").asText().equals(HARMLESS)).findFirst().orElseThrow();
    }

    @Test
    void aProcessorThatIsNotAProjectionCannotBeReplayedAndAnUnknownOneIsNotFound() throws Exception {
        Browser browser = manager();
        String confirm = "/console/operations/processors/supplies-lookup/replay";
        MockHttpServletResponse cannot = browser.get(confirm);
        assertThat(cannot.getStatus()).isEqualTo(409);
        assertThat(cannot.getContentAsString()).contains("This processor cannot be replayed",
                "role=\"alert\">supplies-lookup is not a replayable projection</div>")
                .doesNotContain("Replay supplies-lookup</button>");

        MockHttpServletResponse refused = browser.post(confirm, Map.of("back", confirm));
        assertThat(refused.getStatus()).isEqualTo(303);
        assertThat(refused.getHeader("Location")).isEqualTo(confirm);
        assertThat(browser.get(confirm).getContentAsString())
                .contains("role=\"alert\">supplies-lookup is not a replayable projection</div>");
        assertThat(replayStateOf("supplies-lookup")).as("nothing was replayed").isNull();

        MockHttpServletResponse unknown = browser.get("/console/operations/processors/no-such-processor/replay");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("text/html");
        assertThat(unknown.getContentAsString()).contains("processor no-such-processor not found");
    }

    private String replayStateOf(String name) {
        JsonNode processors = api.get("/api/admin/processors").bearer(given.managerToken()).send().json();
        JsonNode processor = StreamSupport.stream(processors.spliterator(), false)
                .filter(candidate -> candidate.get("name").asText().equals(name)).findFirst().orElseThrow();
        return processor.get("replayState").isNull() ? null : processor.get("replayState").asText();
    }

    // ------------------------------------------------------------------------------------------------------------
    // dead letters

    @Test
    void aParkedOrderIsListedWithItsCauseAndARetryHealsItOnceTheCauseIsGone() throws Exception {
        String manager = given.managerToken();
        String serviceType = given.serviceType();
        Fixtures.Account client = given.client();
        String marker = Fixtures.unique("poison-console");
        Browser browser = manager();
        String poisoned;
        try (Poison poison = Poison.in(jdbc, "order_view", "description", marker)) {
            poisoned = place(client, serviceType, marker);
            await().atMost(WAIT).until(() -> parked(manager, "orders-projection", poisoned).isPresent());
            JsonNode letter = parked(manager, "orders-projection", poisoned).orElseThrow();

            String page = browser.page("/console/operations/dead-letters");
            assertThat(page).contains("<h1>Dead letters</h1>", "aria-current=\"page\">Dead letters",
                    "id=\"group-orders-projection\"", ">" + poisoned + "<", ">OrderPlacedEvent<", "poisoned " + marker,
                    "action=\"/console/operations/dead-letters/orders-projection/" + poisoned + "/retry\"");
            String onlyOrders = browser.page("/console/operations/dead-letters?group=orders-projection");
            assertThat(onlyOrders).contains(">" + poisoned + "<").doesNotContain("id=\"group-notifications\"");

            MockHttpServletResponse stillFailing = browser.post("/console/operations/dead-letters/orders-projection/"
                    + poisoned + "/retry", Map.of("back", "/console/operations/dead-letters"));
            assertThat(browser.follow(stillFailing))
                    .contains("Retried " + poisoned + " of orders-projection: still failing");
            assertThat(parked(manager, "orders-projection", poisoned).orElseThrow().get("attempts").asInt())
                    .isGreaterThan(letter.get("attempts").asInt());
        }
        MockHttpServletResponse healed = browser.post("/console/operations/dead-letters/orders-projection/"
                + poisoned + "/retry", Map.of("back", "/console/operations/dead-letters"));
        assertThat(healed.getRedirectedUrl()).isEqualTo("/console/operations/dead-letters");
        assertThat(browser.follow(healed)).contains("Retried " + poisoned + " of orders-projection: healed")
                .doesNotContain(">" + poisoned + "<");
        assertThat(parked(manager, "orders-projection", poisoned)).isEmpty();
        assertThat(api.get("/api/orders/" + poisoned).bearer(client.token()).send().status()).isEqualTo(200);
    }

    @Test
    void retryingWhatIsNotParkedShowsTheApisRefusal() throws Exception {
        Browser browser = manager();
        String back = "/console/operations/dead-letters";
        String sequence = UUID.randomUUID().toString();
        MockHttpServletResponse notParked = browser.post("/console/operations/dead-letters/orders-projection/"
                + sequence + "/retry", Map.of("back", back));
        assertThat(notParked.getStatus()).isEqualTo(303);
        assertThat(notParked.getHeader("Location")).isEqualTo(back);
        assertThat(browser.page(back))
                .contains("role=\"alert\">parked sequence " + sequence + " of orders-projection not found</div>");

        MockHttpServletResponse noGroup = browser.post("/console/operations/dead-letters/no-such-group/x/retry",
                Map.of("back", back));
        assertThat(noGroup.getStatus()).isEqualTo(303);
        assertThat(browser.page(back))
                .contains("role=\"alert\">processing group with dead letters no-such-group not found</div>");
    }

    private String place(Fixtures.Account client, String serviceType, String description) {
        Map<String, Object> request = new HashMap<>(given.orderRequest(serviceType, given.inHours(3)));
        request.put("description", description);
        Api.Response placed = api.post("/api/orders").bearer(client.token()).json(request).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json().get("id").asText();
    }

    private Optional<JsonNode> parked(String manager, String group, String sequence) {
        JsonNode all = api.get("/api/admin/dead-letters?group=" + group).bearer(manager).send().json();
        return StreamSupport.stream(all.spliterator(), false)
                .filter(entry -> entry.get("sequence").asText().equals(sequence)).findFirst();
    }

    // ------------------------------------------------------------------------------------------------------------
    // emails

    @Test
    void emailsAreListedByStatusAndAResendSendsOneMoreCopy() throws Exception {
        Fixtures.Account client = given.client();
        String manager = given.managerToken();
        await().atMost(WAIT).until(() -> email(manager, client.email()).map(mail -> "SENT".equals(
                mail.get("status").asText())).orElse(false));
        JsonNode welcome = email(manager, client.email()).orElseThrow();
        String id = welcome.get("id").asText();
        Browser browser = manager();

        String sent = browser.page("/console/operations/emails?status=SENT");
        assertThat(sent).contains("<h1>Emails</h1>", "aria-current=\"page\">Emails",
                "<option value=\"SENT\" selected=\"selected\">SENT</option>");
        String row = row(sent, "email-" + id);
        assertThat(row).contains(">client-welcome<", ">" + client.email() + "<", ">SENT<", ">1<",
                "action=\"/console/operations/emails/" + id + "/resend\"", ">Resend</button>");
        assertThat(browser.page("/console/operations/emails?status=FAILED")).doesNotContain("email-" + id);

        int received = TestSmtp.messagesTo(client.email()).size();
        String resend = "/console/operations/emails/" + id + "/resend";
        String back = "/console/operations/emails?status=SENT";
        assertThat(browser.postWithoutToken(resend, Map.of("back", back)).getStatus()).as("no CSRF token")
                .isEqualTo(403);
        MockHttpServletResponse resent = browser.post(resend, Map.of("back", back));
        assertThat(resent.getRedirectedUrl()).isEqualTo("/console/operations/emails");
        assertThat(browser.follow(resent)).contains("role=\"status\">The email " + id + " will be sent once more");
        await().atMost(WAIT).until(() -> TestSmtp.messagesTo(client.email()).size() == received + 1);
        assertThat(TestSmtp.notificationId(TestSmtp.messagesTo(client.email()).get(received))).isEqualTo(id);
        assertThat(jdbc.queryForObject("select sent_count from notification_outbox where id = ?::uuid",
                Integer.class, id)).as("one resend, not two (the one without a token changed nothing)").isEqualTo(2);
    }

    @Test
    void anEmailStillWaitingIsNotResentAndABadStatusOrIdIsRefused() throws Exception {
        UUID waiting = UUID.randomUUID();
        String recipient = Fixtures.unique("waiting") + "@example.com";
        jdbc.update("insert into notification_outbox (id, event_id, recipient, template, subject, body, status, "
                + "attempts, next_attempt_at, created_at, pending_since, sent_count, version) values (?, ?, ?, "
                + "'client-welcome', 'waiting', 'waiting', 'PENDING', 0, now() + interval '1 day', now(), now(), "
                + "0, 0)", waiting, "console-test-" + waiting, recipient);
        try {
            Browser browser = manager();
            String back = "/console/operations/emails?status=PENDING";
            assertThat(row(browser.page(back), "email-" + waiting)).contains(">PENDING<", ">" + recipient + "<");
            MockHttpServletResponse refused = browser.post("/console/operations/emails/" + waiting + "/resend",
                    Map.of("back", back));
            assertThat(refused.getStatus()).isEqualTo(303);
            assertThat(refused.getHeader("Location")).isEqualTo(back);
            assertThat(browser.page(back)).contains("role=\"alert\">the email is still waiting to be sent</div>");
            assertThat(jdbc.queryForMap("select status, attempts, sent_count from notification_outbox where id = ?",
                    waiting)).as("nothing changed").containsEntry("status", "PENDING").containsEntry("attempts", 0)
                    .containsEntry("sent_count", 0);

            MockHttpServletResponse unknown = browser.post("/console/operations/emails/" + UUID.randomUUID()
                    + "/resend", Map.of("back", back));
            assertThat(unknown.getStatus()).isEqualTo(303);
            assertThat(browser.page(back)).contains("role=\"alert\">notification not found</div>");

            MockHttpServletResponse badStatus = browser.get("/console/operations/emails?status=LOST");
            assertThat(badStatus.getStatus()).isEqualTo(400);
            assertThat(badStatus.getContentType()).startsWith("text/html");
            assertThat(badStatus.getContentAsString()).contains("the request has invalid parameters");
            assertThat(browser.get("/console/operations/emails?page=-1").getContentAsString())
                    .contains("must be between 0 and");
        } finally {
            jdbc.update("delete from notification_outbox where id = ?", waiting);
        }
    }

    private Optional<JsonNode> email(String manager, String to) {
        JsonNode all = api.get("/api/admin/notifications?size=200").bearer(manager).send().json();
        return StreamSupport.stream(all.spliterator(), false)
                .filter(mail -> mail.get("to").asText().equals(to)).findFirst();
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    void onlyManagersSeeTheOperationsPages() throws Exception {
        Fixtures.Account client = given.client();
        Browser browser = signIn(client.email(), client.password());
        for (String page : new String[] {"/console/operations", "/console/operations/dead-letters",
                "/console/operations/emails", "/console/operations/processors/orders-projection/replay"}) {
            assertThat(browser.get(page).getStatus()).as(page).isEqualTo(403);
        }
        assertThat(browser.post("/console/operations/processors/orders-projection/replay", Map.of()).getStatus())
                .isEqualTo(403);
    }

    /** The table row with this id, up to its end. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("row " + id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
