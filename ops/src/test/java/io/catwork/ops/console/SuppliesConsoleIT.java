package io.catwork.ops.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.catwork.ops.testing.ConsoleTest;
import io.catwork.ops.testing.Fixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The supply kit part of the console's order page: the kit's status, cookie, packing and times, read-only. */
class SuppliesConsoleIT extends ConsoleTest {

    @Test
    void anOrdersKitIsShownAsAPageAndAsAPartOfTheOrdersPage() throws Exception {
        Fixtures.Account client = given.client();
        String order = given.order(client, given.serviceType());
        String path = "/console/orders/" + order + "/kit";
        Browser browser = manager();
        await().atMost(Fixtures.projectionWait()).until(() -> browser.page(path).contains("id=\"kit-status\""));
        String page = browser.page(path);
        assertThat(page).contains("<title>Supply kit · Catwork console</title>", "id=\"kit-status\">ASSEMBLING<",
                "id=\"kit-packed\">not yet<", "Needed by", "/console/orders/" + order);
        assertThat(page).containsPattern("id=\"kit-cookie\"><span>(REQUESTED|CONFIRMED)</span>");

        MockHttpServletResponse part = browser.send(MockMvcRequestBuilders.get(path)
                .header("X-Console-Fragment", "1"));
        assertThat(part.getStatus()).isEqualTo(200);
        assertThat(part.getContentAsString()).contains("<h2>Supply kit</h2>", "id=\"kit-status\">ASSEMBLING<")
                .doesNotContain("<html", "<title>");

        assertThat(browser.page("/console/orders/" + UUID.randomUUID() + "/kit"))
                .contains("No kit has been opened for this order (yet).");
        assertThat(browser.get("/console/orders/not-an-id/kit").getStatus()).isEqualTo(400);
    }
}
