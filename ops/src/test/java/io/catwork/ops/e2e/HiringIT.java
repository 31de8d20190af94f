package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import io.catwork.ops.testing.TestSmtp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §1 through the REST API on PostgreSQL, with every email checked in GreenMail. */
class HiringIT extends IntegrationTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Pattern TOKEN = Pattern.compile("\"activationToken\": \"([^\"]+)\"");

    private String manager;

    private String createTest(String name, int maxScore, int passScore) {
        Api.Response created = api.post("/api/tests").bearer(manager).json(Map.of("name", name,
                "description", "how well", "maxScore", maxScore, "passScore", passScore)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private Map<String, Object> application(String email, String vacancyId, String breed, String color, String sex) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Barsik", "email", email, "phone", "+7 900 111-22-33",
                "characteristics", Map.of("breed", breed, "color", color, "sex", sex,
                        "birthDate", LocalDate.now().minusYears(3).minusDays(10).toString()),
                "about", "I purr on request"));
        if (vacancyId != null) {
            body.put("vacancyId", vacancyId);
        }
        return body;
    }

    private String submit(Map<String, Object> application) {
        Api.Response submitted = api.post("/api/applications").from(Api.asClient()).json(application).send();
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.json().get("id").asText();
    }

    private JsonNode view(String applicationId) {
        await().atMost(WAIT).until(() -> api.get("/api/applications/" + applicationId).bearer(manager).send()
                .status() == 200);
        return api.get("/api/applications/" + applicationId).bearer(manager).send().json();
    }

    private String testName(String testId) {
        return StreamSupport.stream(api.get("/api/tests").bearer(manager).send().json().spliterator(), false)
                .filter(test -> test.get("id").asText().equals(testId)).map(test -> test.get("name").asText())
                .findFirst().orElseThrow();
    }

    private List<String> subjectsTo(String email) {
        return TestSmtp.messagesTo(email).stream().map(TestSmtp::subject).toList();
    }

    @Test
    void fromPublicApplicationThroughTestsToAWorkerWhoLogsIn() {
        manager = given.managerToken();
        String agility = createTest(Fixtures.unique("Agility"), 10, 6);
        String purring = createTest(Fixtures.unique("Purring"), 100, 50);
        Api.Response vacancy = api.post("/api/vacancies").bearer(manager).json(Map.of("title", "Groomer",
                "description", "brushes", "testIds", List.of(agility))).send();
        assertThat(vacancy.status()).isEqualTo(201);
        String vacancyId = vacancy.json().get("id").asText();
        await().atMost(WAIT).until(() -> api.get("/api/vacancies").send().body().contains(vacancyId));

        String email = Fixtures.unique("barsik") + "@example.com";
        String id = submit(application(email, vacancyId, "Мейн-кун", "чёрный", "M"));
        long events = eventCount();
        assertProblem(api.post("/api/applications").from(Api.asClient())
                .json(application(email.toUpperCase(), null, "Sphynx", "pink",
                "M")).send(), 409);
        assertThat(eventCount()).as("a refused second application stores nothing").isEqualTo(events);

        JsonNode submitted = view(id);
        assertThat(submitted.get("status").asText()).isEqualTo("TESTING");
        assertThat(submitted.get("tests")).hasSize(1);
        assertThat(submitted.get("tests").get(0).get("testId").asText()).isEqualTo(agility);
        assertThat(submitted.get("tests").get(0).get("result").isNull()).isTrue();
        await().atMost(WAIT).until(() -> subjectsTo(email).size() == 2);
        assertThat(subjectsTo(email)).containsExactlyInAnyOrder("Заявка " + id + " получена",
                "Заявка " + id + ": назначены тесты");
        await().atMost(WAIT).until(() -> subjectsTo(ADMIN_EMAIL).contains("Новая заявка " + id + ": Barsik"));

        assertThat(api.post("/api/applications/" + id + "/contact").bearer(manager)
                .json(Map.of("note", "called; very fluffy")).send().status()).isEqualTo(200);
        assertThat(api.post("/api/applications/" + id + "/tests").bearer(manager)
                .json(Map.of("testIds", List.of(purring))).send().status()).isEqualTo(200);
        assertProblem(api.post("/api/applications/" + id + "/hire").bearer(manager)
                .json(Map.of("payoutAccount", "GH-1")).send(), 409);
        assertProblem(api.post("/api/applications/" + id + "/tests/" + agility + "/result").bearer(manager)
                .json(Map.of("score", 11, "passed", true)).send(), 400);
        assertThat(api.post("/api/applications/" + id + "/tests/" + agility + "/result").bearer(manager)
                .json(Map.of("score", 8, "passed", true, "comment", "quick paws")).send().status()).isEqualTo(200);
        assertThat(api.post("/api/applications/" + id + "/tests/" + purring + "/result").bearer(manager)
                .json(Map.of("score", 70, "passed", true)).send().status()).isEqualTo(200);

        Api.Response hired = api.post("/api/applications/" + id + "/hire").bearer(manager)
                .json(Map.of("payoutAccount", "GH-4242")).send();
        assertThat(hired.status()).as(hired.toString()).isEqualTo(200);
        String code = hired.json().get("workerCode").asText();
        String workerId = hired.json().get("workerId").asText();
        assertThat(code).matches("MEY-CHE-M03-\\d{4,}");
        assertProblem(api.post("/api/applications/" + id + "/reject").bearer(manager).json("{}").send(), 409);

        await().atMost(WAIT).until(() -> view(id).get("status").asText().equals("HIRED"));
        JsonNode decided = view(id);
        assertThat(decided.get("workerCode").asText()).isEqualTo(code);
        assertThat(decided.get("decision").get("outcome").asText()).isEqualTo("HIRED");
        assertThat(decided.get("notes").get(0).get("note").asText()).isEqualTo("called; very fluffy");
        assertThat(decided.get("tests")).allSatisfy(test -> assertThat(test.get("result").isNull()).isFalse());
        assertThat(decided.get("characteristics").get("breed").asText()).isEqualTo("Мейн-кун");
        await().atMost(WAIT).until(() -> api.get("/api/workers").bearer(manager).send().body().contains(code));

        await().atMost(WAIT).until(() -> subjectsTo(email).size() == 7);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> subjectsTo(email).size() == 7);
        assertThat(subjectsTo(email)).containsExactlyInAnyOrder("Заявка " + id + " получена",
                "Заявка " + id + ": назначены тесты", "Заявка " + id + ": назначены тесты",
                "Заявка " + id + ": результат теста «" + testName(agility) + "»",
                "Заявка " + id + ": результат теста «" + testName(purring) + "»",
                "Заявка " + id + ": вы приняты в Catwork",
                "Заявка " + id + ": активируйте учётную запись " + code);
        String activationMail = TestSmtp.messagesTo(email).stream()
                .filter(mail -> TestSmtp.subject(mail).contains("активируйте")).map(TestSmtp::body)
                .findFirst().orElseThrow();
        Matcher token = TOKEN.matcher(activationMail);
        assertThat(token.find()).as(activationMail).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from activation_token where token_hash = ?", Long.class,
                token.group(1))).as("the token is stored hashed only").isZero();

        assertProblem(api.post("/api/auth/token").basic(email, "worker-secret-1").send(), 401);
        assertProblem(api.post("/api/auth/password").json(Map.of("activationToken", "forged",
                "password", "worker-secret-1")).send(), 400);
        assertThat(api.post("/api/auth/password").json(Map.of("activationToken", token.group(1),
                "password", "worker-secret-1")).send().status()).isEqualTo(204);
        assertProblem(api.post("/api/auth/password").json(Map.of("activationToken", token.group(1),
                "password", "another-secret")).send(), 400);

        String worker = api.token(email, "worker-secret-1");
        await().atMost(WAIT).until(() -> api.get("/api/me").bearer(worker).send().status() == 200);
        JsonNode me = api.get("/api/me").bearer(worker).send().json();
        assertThat(me.get("id").asText()).isEqualTo(workerId);
        assertThat(me.get("role").asText()).isEqualTo("WORKER");
        assertThat(me.get("workerCode").asText()).isEqualTo(code);

        String someoneElsesOrder = given.order(given.client(), given.serviceType());
        assertProblem(api.get("/api/orders/" + someoneElsesOrder).bearer(worker).send(), 404);
        assertThat(api.get("/api/orders").bearer(worker).send().json()).isEmpty();
        assertProblem(api.get("/api/applications").bearer(worker).send(), 403);
    }

    @Test
    void concurrentHiresGetDistinctCodesFromLatinInput() throws Exception {
        manager = given.managerToken();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(submit(application(Fixtures.unique("twin") + "@example.com", null, "Maine Coon", "Black", "F")));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Response>> hires = ids.stream().map(id -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return api.post("/api/applications/" + id + "/hire").bearer(manager)
                    .json(Map.of("payoutAccount", "GH-" + id)).send();
        })).toList();
        start.countDown();
        List<String> codes = new ArrayList<>();
        for (CompletableFuture<Api.Response> hire : hires) {
            Api.Response response = hire.get();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            codes.add(response.json().get("workerCode").asText());
        }
        assertThat(codes).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).matches("MAI-BLA-F03-\\d{4,}"));
    }

    @Test
    void aRejectedApplicantHearsWhyAndMayApplyAgain() {
        manager = given.managerToken();
        String email = Fixtures.unique("murzik") + "@example.com";
        String id = submit(application(email, null, "Sphynx", "pink", "M"));
        assertThat(view(id).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(api.post("/api/applications/" + id + "/contact").bearer(manager).json(Map.of("note", "hi"))
                .send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> view(id).get("status").asText().equals("CONTACTED"));
        assertThat(api.post("/api/applications/" + id + "/reject").bearer(manager)
                .json(Map.of("reason", "allergic to water")).send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> view(id).get("status").asText().equals("REJECTED"));
        assertThat(view(id).get("decision").get("reason").asText()).isEqualTo("allergic to water");
        await().atMost(WAIT).until(() -> TestSmtp.messagesTo(email).stream()
                .anyMatch(mail -> TestSmtp.body(mail).contains("Причина: allergic to water")));
        assertThat(api.get("/api/applications?status=REJECTED").bearer(manager).send().body()).contains(id);

        submit(application(email, null, "Sphynx", "pink", "M"));
    }

    @Test
    void closedAndUnknownVacanciesAndAnEmailThatHasAnAccountAreRefused() {
        manager = given.managerToken();
        String vacancyId = api.post("/api/vacancies").bearer(manager).json(Map.of("title", "Mouser"))
                .send().json().get("id").asText();
        assertThat(api.put("/api/vacancies/" + vacancyId).bearer(manager)
                .json(Map.of("title", "Mouser", "testIds", List.of(), "open", false)).send().status()).isEqualTo(200);
        String email = Fixtures.unique("late") + "@example.com";
        assertProblem(api.post("/api/applications").from(Api.asClient())
                .json(application(email, vacancyId, "Sphynx", "pink", "F"))
                .send(), 409);
        Api.Response unknown = api.post("/api/applications").from(Api.asClient())
                .json(application(email, java.util.UUID.randomUUID().toString(), "Sphynx", "pink", "F")).send();
        assertProblem(unknown, 400);
        Api.Response invalid = api.post("/api/applications").from(Api.asClient()).json(Map.of("name", "",
                "email", "nope",
                "characteristics", Map.of("sex", "X"))).send();
        assertProblem(invalid, 400);
        await().atMost(WAIT).until(() -> !api.get("/api/vacancies").send().body().contains(vacancyId));

        Fixtures.Account client = given.client();
        String id = submit(application(client.email(), null, "Sphynx", "pink", "F"));
        long events = eventCount();
        assertProblem(api.post("/api/applications/" + id + "/hire").bearer(manager)
                .json(Map.of("payoutAccount", "GH-9")).send(), 409);
        assertThat(eventCount()).as("a failed hire changes nothing").isEqualTo(events);
        assertThat(jdbc.queryForObject("select count(*) from worker_view where email = ?", Long.class,
                client.email())).isZero();
    }

}
