package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import io.catwork.ops.testing.LoopbackHttp;
import io.catwork.ops.testing.TestSmtp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §2, §4, §5 so far: the kit opens with the order, assemblers make it ready, a free worker is assigned. */
class OrderLifecycleIT extends IntegrationTest {
    static final Duration WAIT = Duration.ofSeconds(45);

    private Optional<JsonNode> kitOf(String token, String orderId, String query) {
        JsonNode kits = api.get("/api/supply-kits" + query).bearer(token).send().json();
        return StreamSupport.stream(kits.spliterator(), false)
                .filter(kit -> kit.get("orderId").asText().equals(orderId)).findFirst();
    }

    private JsonNode order(String token, String orderId) {
        return api.get("/api/orders/" + orderId).bearer(token).send().json();
    }

    record Assigned(String orderId, String workerId, Fixtures.Account client) {
    }

    /** An order starting at {@code start}, its kit made ready by an assembler, assigned to a worker. */
    private Assigned assignedOrder(Instant start) {
        given.worker();
        Fixtures.Account assembler = given.staff("ASSEMBLER");
        Fixtures.Account client = given.client();
        Api.Response placed = api.post("/api/orders").bearer(client.token())
                .json(given.orderRequest(given.serviceType(), start)).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.json().get("id").asText();
        makeKitReady(assembler, orderId);
        await().atMost(WAIT).until(() -> api.get("/api/orders/" + orderId).bearer(client.token()).send().json()
                .get("status").asText().equals("ASSIGNED"));
        return new Assigned(orderId, order(client.token(), orderId).get("workerId").asText(), client);
    }

    private void makeKitReady(Fixtures.Account assembler, String orderId) {
        await().atMost(WAIT).until(() -> kitOf(assembler.token(), orderId, "").isPresent());
        String kitId = kitOf(assembler.token(), orderId, "").orElseThrow().get("id").asText();
        assertThat(api.post("/api/supply-kits/" + kitId + "/cookie-received").bearer(assembler.token()).send()
                .status()).isEqualTo(200);
        assertThat(api.post("/api/supply-kits/" + kitId + "/packed").bearer(assembler.token()).send().status())
                .isEqualTo(200);
    }

    private List<String> eventTypes(String orderId) {
        JsonNode history = api.get("/api/orders/" + orderId + "/history").bearer(given.managerToken()).send().json();
        return StreamSupport.stream(history.spliterator(), false).map(e -> e.get("type").asText()).toList();
    }

    @Test
    void theWorkerChecksInWithAPhotoThenReportsAndTheClientSeesThePhotos() {
        Assigned order = assignedOrder(Instant.now().plus(Duration.ofMinutes(30)));
        String worker = given.workerToken(order.workerId());
        assertThat(api.get("/api/orders/" + order.orderId()).bearer(worker).send().status()).isEqualTo(200);
        assertThat(api.get("/api/orders").bearer(worker).send().body()).contains(order.orderId());
        assertProblem(api.post("/api/orders/" + order.orderId() + "/report").bearer(worker)
                .multipart("photo", "report.png", Fixtures.png(), "image/png").send(), 409);

        Api.Response checkedIn = api.post("/api/orders/" + order.orderId() + "/check-in").bearer(worker)
                .multipart("photo", "me.png", Fixtures.png(), "image/png").send();
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        await().atMost(WAIT).until(() -> order(order.client().token(), order.orderId()).get("status").asText()
                .equals("IN_PROGRESS"));
        String photoId = order(order.client().token(), order.orderId()).get("checkInPhotoId").asText();
        Api.Response photo = api.get("/api/orders/" + order.orderId() + "/photos/" + photoId)
                .bearer(order.client().token()).send();
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertProblem(api.get("/api/orders/" + order.orderId() + "/photos/" + photoId)
                .bearer(given.client().token()).send(), 404);
        assertProblem(api.post("/api/orders/" + order.orderId() + "/cancel").bearer(order.client().token())
                .json("{}").send(), 409);

        assertThat(api.post("/api/orders/" + order.orderId() + "/report").bearer(worker)
                .multipart("photo", "report.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10},
                        "image/jpeg").send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> order(order.client().token(), order.orderId()).get("status").asText()
                .equals("COMPLETED"));
        JsonNode completed = order(order.client().token(), order.orderId());
        assertThat(completed.get("reportPhotoId").isNull()).isFalse();
        assertThat(api.get("/api/orders/" + order.orderId() + "/photos/" + completed.get("reportPhotoId").asText())
                .bearer(given.managerToken()).send().contentType()).isEqualTo("image/jpeg");
        assertThat(eventTypes(order.orderId())).containsSubsequence("WorkerAssignedEvent", "OrderStartedEvent",
                "OrderCompletedEvent");

        String id = order.orderId();
        await().atMost(WAIT).until(() -> subjectsTo(order.client().email()).containsAll(List.of(
                "Заказ " + id + " принят", "Заказ " + id + ": назначен мастер " + completed.get("workerCode").asText(),
                "Заказ " + id + ": мастер на месте", "Заказ " + id + " выполнен")));
        String workerEmail = StreamSupport.stream(api.get("/api/workers").bearer(given.managerToken()).send().json()
                        .spliterator(), false).filter(w -> w.get("id").asText().equals(order.workerId()))
                .map(w -> w.get("email").asText()).findFirst().orElseThrow();
        await().atMost(WAIT).until(() -> subjectsTo(workerEmail)
                .contains("Заказ " + id + ": вы назначены, принадлежности готовы"));
    }

    private static List<String> subjectsTo(String email) {
        return TestSmtp.messagesTo(email).stream().map(TestSmtp::subject).toList();
    }

    @Test
    void twoSimultaneousCheckInsOneSucceedsTheOtherIs409() throws Exception {
        Assigned order = assignedOrder(Instant.now().plus(Duration.ofMinutes(30)));
        String worker = given.workerToken(order.workerId());
        long photosBefore = jdbc.queryForObject("select count(*) from photo", Long.class);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> both = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return api.post("/api/orders/" + order.orderId() + "/check-in").bearer(worker)
                    .multipart("photo", "me.png", Fixtures.png(), "image/png").send().status();
        })).toList();
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> checkIn : both) {
            statuses.add(checkIn.get());
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.queryForObject("select count(*) from photo", Long.class))
                .as("the refused check-in's photo is not kept").isEqualTo(photosBefore + 1);
    }

    @Test
    void photosMustBeJpegOrPngByContentAndAtMost10MiB() {
        Assigned order = assignedOrder(Instant.now().plus(Duration.ofMinutes(30)));
        String worker = given.workerToken(order.workerId());
        long photosBefore = jdbc.queryForObject("select count(*) from photo", Long.class);
        assertProblem(api.post("/api/orders/" + order.orderId() + "/check-in").bearer(worker)
                .multipart("photo", "cat.png", "not an image".getBytes(StandardCharsets.UTF_8), "image/png")
                .send(), 415);
        assertProblem(api.post("/api/orders/" + order.orderId() + "/check-in").bearer(worker)
                .multipart("photo", "huge.png", new byte[11 * 1024 * 1024], "image/png").send(), 413);
        assertProblem(api.post("/api/orders/" + order.orderId() + "/check-in").bearer(given.client().token())
                .multipart("photo", "me.png", Fixtures.png(), "image/png").send(), 403);
        assertProblem(api.post("/api/orders/" + order.orderId() + "/check-in").bearer(worker)
                .multipart("photo", "big.png", pngOf(10 * 1024 * 1024 + 1), "image/png").send(), 413);

        // before a byte more is read: the answer comes while the rest of a 9 MiB body is still unsent
        byte[] junk = "not an image at all".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertThat(partialUpload(order.orderId(), worker, junk).status()).as("sniffed first").isEqualTo(415);
        String stranger = given.workerToken(given.worker().id());
        assertThat(partialUpload(order.orderId(), stranger, Fixtures.png()).status()).as("checked first")
                .isEqualTo(404);
        byte[] truncated = ("--cat\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"x.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        LoopbackHttp.Response malformed = LoopbackHttp.raw(port, List.of(
                "POST /api/orders/" + order.orderId() + "/check-in HTTP/1.1", "Host: 127.0.0.1",
                "Authorization: Bearer " + worker, "Content-Type: multipart/form-data; boundary=cat",
                "Content-Length: " + (truncated.length + 8), "X-Forwarded-For: " + Api.asClient(),
                "Connection: close"), concat(truncated, Fixtures.png(), 8));
        assertThat(malformed.status()).as("a part that never ends is the client's fault").isEqualTo(400);
        assertThat(order(order.client().token(), order.orderId()).get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(jdbc.queryForObject("select count(*) from photo", Long.class)).isEqualTo(photosBefore);
    }

    private static byte[] concat(byte[] head, byte[] tail, int tailLength) {
        byte[] all = new byte[head.length + tailLength];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tailLength);
        return all;
    }

    private static byte[] pngOf(int size) {
        byte[] content = new byte[size];
        System.arraycopy(Fixtures.png(), 0, content, 0, 8);
        return content;
    }

    private LoopbackHttp.Response partialUpload(String orderId, String token, byte[] start) {
        byte[] partHead = ("--cat\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"x.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] sent = new byte[partHead.length + start.length];
        System.arraycopy(partHead, 0, sent, 0, partHead.length);
        System.arraycopy(start, 0, sent, partHead.length, start.length);
        return LoopbackHttp.partial(port, List.of("POST /api/orders/" + orderId + "/check-in HTTP/1.1",
                "Host: 127.0.0.1", "Authorization: Bearer " + token, "Content-Type: multipart/form-data; boundary=cat",
                "Content-Length: " + 9 * 1024 * 1024, "X-Forwarded-For: " + Api.asClient()), sent,
                Duration.ofSeconds(15));
    }

    @Test
    void theDeadlineFailsAnUnassembledOrderWhichTheClientReordersOnce() {
        Fixtures.Account client = given.client();
        String serviceType = given.serviceType();
        Api.Response placed = api.post("/api/orders").bearer(client.token())
                .json(given.orderRequest(serviceType, Instant.now().plusSeconds(12))).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.json().get("id").asText();
        await().atMost(WAIT).until(() -> order(client.token(), orderId).get("status").asText().equals("FAILED"));
        JsonNode failed = order(client.token(), orderId);
        assertThat(failed.get("failureReason").asText()).isEqualTo("SUPPLIES_NOT_READY");
        assertThat(failed.get("reorderOffer").get("available").asBoolean()).isTrue();
        assertThat(eventTypes(orderId)).doesNotContain("WorkerFinedEvent");

        assertProblem(api.post("/api/orders/" + orderId + "/reorder").bearer(given.client().token())
                .json(Map.of("scheduledAt", given.inHours(3).toString())).send(), 404);
        Api.Response reordered = api.post("/api/orders/" + orderId + "/reorder").bearer(client.token())
                .json(Map.of("scheduledAt", given.inHours(3).toString())).send();
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(201);
        String copyId = reordered.json().get("id").asText();
        await().atMost(WAIT).until(() -> api.get("/api/orders/" + copyId).bearer(client.token()).send()
                .status() == 200);
        JsonNode copy = order(client.token(), copyId);
        assertThat(copy.get("status").asText()).isEqualTo("NEW");
        assertThat(copy.get("address").asText()).isEqualTo(failed.get("address").asText());
        assertThat(copy.get("serviceTypeId").asText()).isEqualTo(serviceType);
        await().atMost(WAIT).until(() -> order(client.token(), orderId).get("reorderOffer").get("reorderedAs")
                .asText().equals(copyId));
        assertProblem(api.post("/api/orders/" + orderId + "/reorder").bearer(client.token())
                .json(Map.of("scheduledAt", given.inHours(3).toString())).send(), 409);
        await().atMost(WAIT).until(() -> TestSmtp.messagesTo(client.email()).stream().anyMatch(mail ->
                TestSmtp.subject(mail).equals("Заказ " + orderId + " не состоялся")
                        && TestSmtp.body(mail).contains("/api/orders/" + orderId + "/reorder")
                        && TestSmtp.body(mail).contains("принадлежности не были готовы вовремя")));
    }

    @Test
    void theDeadlineFailsAnAssignedOrderWithoutCheckInAndFinesTheWorker() {
        Assigned order = assignedOrder(Instant.now().plusSeconds(25)); // time to assemble and assign first
        await().atMost(WAIT).until(() -> order(order.client().token(), order.orderId()).get("status").asText()
                .equals("FAILED"));
        assertThat(order(order.client().token(), order.orderId()).get("failureReason").asText())
                .isEqualTo("NO_CHECK_IN");
        JsonNode history = api.get("/api/orders/" + order.orderId() + "/history").bearer(given.managerToken()).send()
                .json();
        JsonNode fine = StreamSupport.stream(history.spliterator(), false)
                .filter(e -> e.get("type").asText().equals("WorkerFinedEvent")).findFirst().orElseThrow();
        assertThat(fine.get("payload").get("workerId").asText()).isEqualTo(order.workerId());
        assertThat(fine.get("payload").get("amount").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(fine.get("actor").get("role").asText()).as("the deadline acts as the system").isEqualTo("SYSTEM");
        assertThat(eventTypes(order.orderId()).stream().filter("OrderFailedEvent"::equals)).hasSize(1);
    }

    @Test
    void cancellationAtEachStageStopsTheOrder() {
        Assigned assigned = assignedOrder(Instant.now().plus(Duration.ofMinutes(30)));
        assertThat(api.post("/api/orders/" + assigned.orderId() + "/cancel").bearer(assigned.client().token())
                .json(Map.of("reason", "plans changed")).send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> order(assigned.client().token(), assigned.orderId()).get("status").asText()
                .equals("CANCELLED"));

        Assigned started = assignedOrder(Instant.now().plus(Duration.ofMinutes(30)));
        String worker = given.workerToken(started.workerId());
        assertThat(api.post("/api/orders/" + started.orderId() + "/check-in").bearer(worker)
                .multipart("photo", "me.png", Fixtures.png(), "image/png").send().status()).isEqualTo(200);
        assertThat(api.post("/api/orders/" + started.orderId() + "/cancel").bearer(given.managerToken())
                .json(Map.of("reason", "client unreachable")).send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> order(started.client().token(), started.orderId()).get("status").asText()
                .equals("CANCELLED"));
        assertProblem(api.post("/api/orders/" + started.orderId() + "/report").bearer(worker)
                .multipart("photo", "r.png", Fixtures.png(), "image/png").send(), 409);
    }

    @Test
    void aReadyKitGetsTheOrderAFreeWorkerAndItsPrice() {
        Fixtures.Worker worker = given.worker();
        Fixtures.Account assembler = given.staff("ASSEMBLER");
        Fixtures.Account client = given.client();
        String orderId = given.order(client, given.serviceType());
        assertThat(order(client.token(), orderId).get("kitStatus").asText()).isEqualTo("ASSEMBLING");

        await().atMost(WAIT).until(() -> kitOf(assembler.token(), orderId, "?status=ASSEMBLING").isPresent());
        JsonNode kit = kitOf(assembler.token(), orderId, "").orElseThrow();
        assertThat(kit.get("packed").asBoolean()).isFalse();
        String kitId = kit.get("id").asText();

        assertProblem(api.post("/api/supply-kits/" + kitId + "/packed").bearer(client.token()).send(), 403);
        assertThat(api.post("/api/supply-kits/" + kitId + "/packed").bearer(assembler.token()).send().status())
                .isEqualTo(200);
        assertThat(order(client.token(), orderId).get("status").asText()).as("packed, but no cookie yet")
                .isEqualTo("NEW");
        assertThat(api.post("/api/supply-kits/" + kitId + "/cookie-received").bearer(assembler.token()).send()
                .status()).isEqualTo(200);
        assertThat(api.post("/api/supply-kits/" + kitId + "/cookie-received").bearer(assembler.token()).send()
                .status()).as("marking it twice changes nothing").isEqualTo(200);

        await().atMost(WAIT).until(() -> order(client.token(), orderId).get("status").asText().equals("ASSIGNED"));
        JsonNode assigned = order(client.token(), orderId);
        assertThat(assigned.get("kitStatus").asText()).isEqualTo("READY");
        assertThat(assigned.get("price").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(assigned.get("workerId").isNull()).isFalse();
        assertThat(assigned.get("workerCode").asText()).matches("[A-Z]{3}-[A-Z]{3}-[MF]\\d{2}-\\d{4,}");
        JsonNode pool = api.get("/api/workers").bearer(given.managerToken()).send().json();
        assertThat(StreamSupport.stream(pool.spliterator(), false).map(w -> w.get("id").asText()))
                .contains(assigned.get("workerId").asText());

        await().atMost(WAIT).until(() -> kitOf(assembler.token(), orderId, "?status=READY").isPresent());
        JsonNode ready = kitOf(assembler.token(), orderId, "?status=READY").orElseThrow();
        assertThat(ready.get("packed").asBoolean()).isTrue();
        assertThat(ready.get("cookie").get("status").asText()).isEqualTo("DELIVERED");

        JsonNode history = api.get("/api/orders/" + orderId + "/history").bearer(given.managerToken()).send().json();
        assertThat(StreamSupport.stream(history.spliterator(), false).map(e -> e.get("type").asText()))
                .containsSubsequence("OrderPlacedEvent", "OrderSuppliesReadyEvent", "WorkerAssignedEvent");
        await().atMost(WAIT).until(() -> subjectsTo(assembler.email())
                .contains("Заказ " + orderId + ": новый набор для сборки"));
        assertThat(worker.code()).isNotBlank();
        assertProblem(api.get("/api/supply-kits").bearer(client.token()).send(), 403);
    }
}
