package io.catwork.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.catwork.accounts.api.AccountRegisteredEvent;
import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.ClientChargeDroppedEvent;
import io.catwork.billing.api.ClientChargedEvent;
import io.catwork.billing.api.ClientInvoiceIssuedEvent;
import io.catwork.billing.api.ClientInvoicePaidEvent;
import io.catwork.billing.api.ClientToppedUpEvent;
import io.catwork.billing.api.InvoiceId;
import io.catwork.billing.api.LoyaltyDiscount;
import io.catwork.billing.api.PayoutAcceptedEvent;
import io.catwork.billing.api.PayoutRequestedEvent;
import io.catwork.billing.api.PayoutSucceededEvent;
import io.catwork.billing.api.WorkerEarnedEvent;
import io.catwork.billing.api.WorkerFineRecordedEvent;
import io.catwork.billing.api.WorkerInvoiceIssuedEvent;
import io.catwork.billing.api.WorkerInvoiceStatus;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.Money;
import io.catwork.common.api.Role;
import io.catwork.orders.api.FailureReason;
import io.catwork.orders.api.NoWorkerAvailableEvent;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.OrderStartedEvent;
import io.catwork.orders.api.OrderStatus;
import io.catwork.orders.api.OrderSuppliesReadyEvent;
import io.catwork.orders.api.ServiceTypeCreatedEvent;
import io.catwork.orders.api.ServiceTypeId;
import io.catwork.orders.api.WorkerAssignedEvent;
import io.catwork.orders.api.WorkerFinedEvent;
import io.catwork.supplies.api.CookieOrderedEvent;
import io.catwork.supplies.api.CookieReceivedEvent;
import io.catwork.supplies.api.KitPackedEvent;
import io.catwork.supplies.api.SupplyKitId;
import io.catwork.supplies.api.SupplyKitOpenedEvent;
import io.catwork.supplies.api.SupplyKitReadyEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes whole order lives and the billing streams they cause straight into the event store of a stopped Catwork,
 * in the very form Catwork stores them: the real event records of shared-events, serialized by Axon's
 * {@link JacksonSerializer} over a mapper configured as Catwork's stored-message mapper
 * ({@code JacksonConfiguration.storedMessageMapper}); {@code payload_type} the class name, {@code payload_revision}
 * from {@code @Revision}, {@code meta_data} the actor and correlation id Catwork puts on every message, the time stamp
 * in Axon's format, and the aggregate identifier, type and sequence number of the aggregate that applies the event.
 * Rows go in through COPY, 100,000 per transaction; {@code global_index} continues the event store's sequence.
 *
 * <p>The world: a service type, {@code workers} workers and {@code clients} clients (each registered and topped up with
 * 5,000.00), then week after week {@code ordersPerWeek} orders, until at least {@code targetEvents} events are stored.
 * An order: placed by its client, its supply kit opened, the cookie ordered, packed, received, the kit ready, the order
 * ready, a worker assigned (the client charged 100.00), the check-in and the report (the worker earning 60.00): 12
 * events. 4 % are cancelled by their client before anything else (4 events), 3 % wait once for a free worker (13), 3 %
 * fail without a check-in (the worker fined 40.00, the charge dropped: 13). Orders go 500 at a time, their events
 * interleaved step by step as concurrent orders' events are. Every week closes with an invoice for every client that
 * was charged (paid from the balance, topped up first when it would not cover it); every month closes with an invoice
 * for every worker with activity, paid out through Golden Hat (requested, accepted, succeeded). The random choices are
 * seeded: two runs with the same settings write the same world.
 */
final class ReplaySeed {
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final String COPY = "copy domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
            + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data) from stdin";
    static final int ROWS_PER_TRANSACTION = 100_000;
    static final int CHUNK = 500;
    static final long PRICE_CENTS = 100_00;
    static final long EARNING_CENTS = 60_00;
    static final long FINE_CENTS = 40_00;
    static final long TOP_UP_CENTS = 5_000_00;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** What was written, and so what the projections' tables must hold after a replay. */
    record Seeded(long events, long firstIndex, long lastIndex, int clients, int workers, int orders, int completed,
                  int charges, int clientInvoices, int workerInvoices) {
    }

    private enum Stream { ORDER, KIT, CLIENT_ACCOUNT, WORKER_ACCOUNT }

    private record Step(Stream stream, Instant at, Object payload, MetaData metaData) {
    }

    /** One order's events, in the order its aggregates apply them; sequence numbers are given as they are written. */
    private static final class Life {
        final OrderId orderId;
        final SupplyKitId kitId;
        final int client;
        final int worker;
        final List<Step> steps = new ArrayList<>(13);
        long orderSequence;
        long kitSequence;

        Life(OrderId orderId, int client, int worker) {
            this.orderId = orderId;
            this.kitId = SupplyKitId.forOrder(orderId);
            this.client = client;
            this.worker = worker;
        }

        void add(Stream stream, Instant at, Object payload, MetaData metaData) {
            steps.add(new Step(stream, at, payload, metaData));
        }
    }

    private final Serializer serializer;
    private final long targetEvents;
    private final int clients;
    private final int workers;
    private final int ordersPerWeek;
    private final Random random = new Random(20_260_101L);

    private final AccountId[] clientIds;
    private final AccountId[] workerIds;
    private final long[] clientSequence;
    private final long[] workerSequence;
    private final long[] balanceCents;
    private final long[] totalPaidCents;
    private final long[] carriedDebtCents;
    /** Each client's charges of the week still open (order → cents), in the order they came. */
    private final List<LinkedHashMap<OrderId, Long>> openCharges;
    /** Per month (its first day): each worker's earnings and fines in cents. */
    private final TreeMap<LocalDate, long[]> earnedCents = new TreeMap<>();
    private final TreeMap<LocalDate, long[]> finedCents = new TreeMap<>();
    private final AccountId assembler;
    private ServiceTypeId serviceType;
    private Writer out;

    private int orders;
    private int completed;
    private int charges;
    private int clientInvoices;
    private int workerInvoices;

    ReplaySeed(Serializer serializer, long targetEvents, int clients, int workers, int ordersPerWeek) {
        this.serializer = serializer;
        this.targetEvents = targetEvents;
        this.clients = clients;
        this.workers = workers;
        this.ordersPerWeek = ordersPerWeek;
        clientIds = new AccountId[clients];
        workerIds = new AccountId[workers];
        clientSequence = new long[clients];
        workerSequence = new long[workers];
        balanceCents = new long[clients];
        totalPaidCents = new long[clients];
        carriedDebtCents = new long[workers];
        openCharges = new ArrayList<>(clients);
        for (int i = 0; i < clients; i++) {
            clientIds[i] = new AccountId(uuid());
            openCharges.add(new LinkedHashMap<>());
        }
        for (int i = 0; i < workers; i++) {
            workerIds[i] = new AccountId(uuid());
        }
        assembler = new AccountId(uuid());
    }

    /** Catwork's stored-message mapper, as {@code JacksonConfiguration.storedMessageMapper} builds it. */
    static ObjectMapper storedMessageMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Catwork's event serializer, as {@code AxonConfiguration} builds it. */
    static Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(storedMessageMapper()).build();
    }

    /** Writes the world into the event store of {@code connection}'s database (Catwork stopped), and commits. */
    Seeded write(Connection connection) throws Exception {
        connection.setAutoCommit(false);
        long weeks = (long) Math.ceil(targetEvents / (ordersPerWeek * 11.0)) + 1; // more than it will take
        LocalDate firstMonday = LocalDate.now(ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(weeks + 1);
        try (Writer writer = new Writer(connection)) {
            out = writer;
            register(firstMonday.minusDays(1).atTime(10, 0).atZone(ZONE).toInstant());
            for (LocalDate monday = firstMonday; writer.rows < targetEvents; monday = monday.plusWeeks(1)) {
                week(monday);
                closeWeek(monday);
                closeMonthsEndedBy(monday.plusDays(6));
            }
            writer.finish();
            return new Seeded(writer.rows, writer.firstIndex, writer.nextIndex - 1, clients, workers, orders,
                    completed, charges, clientInvoices, workerInvoices);
        }
    }

    /** The service type, the workers (hired by a manager) and the clients (signed up, then topped up). */
    private void register(Instant at) throws IOException {
        AccountId manager = new AccountId(uuid());
        serviceType = new ServiceTypeId(uuid());
        MetaData byManager = metaData(manager, Role.MANAGER, uuid());
        out.append(serviceType.toString(), 0, "ServiceType", at,
                new ServiceTypeCreatedEvent(serviceType, "Grooming", "One cat groomed, an hour", 60), byManager);
        for (int i = 0; i < workers; i++) {
            out.append(workerIds[i].toString(), 0, "Account", at.plusMillis(i),
                    new AccountRegisteredEvent(workerIds[i], Role.WORKER, "Worker " + i, "worker-" + i
                            + "@bench.test", "+7 900 111-11-11", null, workerCode(i)),
                    metaData(manager, Role.MANAGER, uuid()));
        }
        for (int i = 0; i < clients; i++) {
            Instant signedUp = at.plusSeconds(60).plusMillis(i);
            out.append(clientIds[i].toString(), 0, "Account", signedUp,
                    new AccountRegisteredEvent(clientIds[i], Role.CLIENT, "Client " + i, "client-" + i
                            + "@bench.test", "+7 900 000-00-00", address(i), null),
                    metaData(null, Role.ANONYMOUS, uuid()));
            balanceCents[i] = TOP_UP_CENTS;
            appendClient(i, signedUp.plusSeconds(30), new ClientToppedUpEvent(clientIds[i], money(TOP_UP_CENTS),
                    money(balanceCents[i]), signedUp.plusSeconds(30)), metaData(clientIds[i], Role.CLIENT, uuid()));
        }
    }

    /** One week's orders, 500 at a time from Monday 08:00 to Friday 08:00, each chunk's events interleaved. */
    private void week(LocalDate monday) throws IOException {
        Instant opens = monday.atTime(8, 0).atZone(ZONE).toInstant();
        int chunks = Math.max(1, (ordersPerWeek + CHUNK - 1) / CHUNK);
        for (int chunk = 0; chunk < chunks; chunk++) {
            Instant base = opens.plus(Duration.ofMinutes(chunk * 4L * 24 * 60 / chunks));
            int size = Math.min(CHUNK, ordersPerWeek - chunk * CHUNK);
            List<Life> lives = new ArrayList<>(size);
            for (int n = 0; n < size; n++) {
                lives.add(life(monday, base.plusSeconds(random.nextInt(3600))));
            }
            for (int step = 0; ; step++) {
                boolean any = false;
                for (Life life : lives) {
                    if (step < life.steps.size()) {
                        write(life, life.steps.get(step));
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
            }
        }
    }

    private Life life(LocalDate monday, Instant placedAt) {
        placedAt = placedAt.truncatedTo(ChronoUnit.MILLIS);
        int clientIndex = random.nextInt(clients);
        int workerIndex = random.nextInt(workers);
        Life life = new Life(new OrderId(uuid()), clientIndex, workerIndex);
        OrderId order = life.orderId;
        SupplyKitId kit = life.kitId;
        AccountId client = clientIds[clientIndex];
        AccountId worker = workerIds[workerIndex];
        orders++;
        Instant scheduledAt = placedAt.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        Instant checkInDeadline = scheduledAt.plus(Duration.ofMinutes(15));
        String placing = uuid().toString();
        MetaData placingSystem = metaData(null, Role.SYSTEM, placing);
        life.add(Stream.ORDER, placedAt, new OrderPlacedEvent(order, client, serviceType, 60, scheduledAt,
                address(clientIndex), "Benchmark order " + orders, placedAt, checkInDeadline, null),
                metaData(client, Role.CLIENT, placing));
        life.add(Stream.KIT, placedAt.plusSeconds(1), new SupplyKitOpenedEvent(kit, order, client,
                address(clientIndex), scheduledAt), placingSystem);
        life.add(Stream.KIT, placedAt.plusSeconds(2), new CookieOrderedEvent(kit, order,
                "SB-" + uuid().toString().substring(0, 8), placedAt.plus(Duration.ofMinutes(20))), placingSystem);
        int fate = random.nextInt(100);
        if (fate < 4) {
            Instant cancelledAt = placedAt.plus(Duration.ofMinutes(30));
            life.add(Stream.ORDER, cancelledAt, new OrderCancelledEvent(order, new Actor(client, Role.CLIENT),
                    "plans changed", OrderStatus.NEW, cancelledAt), metaData(client, Role.CLIENT, uuid().toString()));
            return life;
        }
        life.add(Stream.KIT, placedAt.plus(Duration.ofMinutes(10)), new KitPackedEvent(kit, order),
                metaData(assembler, Role.ASSEMBLER, uuid().toString()));
        Instant received = placedAt.plus(Duration.ofMinutes(20));
        MetaData webhook = metaData(null, Role.ANONYMOUS, uuid().toString());
        life.add(Stream.KIT, received, new CookieReceivedEvent(kit, order, "SUPPLIER"), webhook);
        life.add(Stream.KIT, received, new SupplyKitReadyEvent(kit, order), webhook);
        life.add(Stream.ORDER, received.plusSeconds(1), new OrderSuppliesReadyEvent(order), webhook);
        Instant assignedAt = received.plusSeconds(2);
        if (fate < 7) {
            life.add(Stream.ORDER, assignedAt, new NoWorkerAvailableEvent(order), webhook);
            assignedAt = assignedAt.plus(Duration.ofMinutes(5));
        }
        MetaData matching = metaData(null, Role.SYSTEM, uuid().toString());
        life.add(Stream.ORDER, assignedAt, new WorkerAssignedEvent(order, worker, workerCode(workerIndex),
                money(PRICE_CENTS).amount()), matching);
        Instant charged = assignedAt.plusSeconds(1);
        life.add(Stream.CLIENT_ACCOUNT, charged, new ClientChargedEvent(client, order, money(PRICE_CENTS), monday,
                charged), matching);
        charges++;
        if (fate >= 97) {
            MetaData deadline = metaData(null, Role.SYSTEM, uuid().toString());
            life.add(Stream.ORDER, checkInDeadline, new OrderFailedEvent(order, FailureReason.NO_CHECK_IN, worker,
                    checkInDeadline), deadline);
            life.add(Stream.ORDER, checkInDeadline, new WorkerFinedEvent(order, worker, money(FINE_CENTS).amount(),
                    FailureReason.NO_CHECK_IN), deadline);
            Instant settled = checkInDeadline.plusSeconds(1);
            life.add(Stream.CLIENT_ACCOUNT, settled, new ClientChargeDroppedEvent(client, order, money(PRICE_CENTS),
                    monday, "the order failed: NO_CHECK_IN", settled), deadline);
            LocalDate month = monthOf(settled);
            life.add(Stream.WORKER_ACCOUNT, settled, new WorkerFineRecordedEvent(worker, order, money(FINE_CENTS),
                    month, settled), deadline);
            finedCents.computeIfAbsent(month, m -> new long[workers])[workerIndex] += FINE_CENTS;
            return life;
        }
        openCharges.get(clientIndex).put(order, PRICE_CENTS);
        Instant startedAt = scheduledAt.minus(Duration.ofMinutes(5));
        Instant completedAt = scheduledAt.plus(Duration.ofMinutes(60));
        life.add(Stream.ORDER, startedAt, new OrderStartedEvent(order, worker, uuid(), sha256(), startedAt),
                metaData(worker, Role.WORKER, uuid().toString()));
        MetaData report = metaData(worker, Role.WORKER, uuid().toString());
        life.add(Stream.ORDER, completedAt, new OrderCompletedEvent(order, worker, money(PRICE_CENTS).amount(), uuid(),
                sha256(), completedAt), report);
        Instant earned = completedAt.plusSeconds(1);
        LocalDate month = monthOf(earned);
        life.add(Stream.WORKER_ACCOUNT, earned, new WorkerEarnedEvent(worker, order, money(PRICE_CENTS),
                money(EARNING_CENTS), month, earned), report);
        earnedCents.computeIfAbsent(month, m -> new long[workers])[workerIndex] += EARNING_CENTS;
        completed++;
        return life;
    }

    private void write(Life life, Step step) throws IOException {
        switch (step.stream()) {
            case ORDER -> out.append(life.orderId.toString(), life.orderSequence++, "Order", step.at(),
                    step.payload(), step.metaData());
            case KIT -> out.append(life.kitId.toString(), life.kitSequence++, "SupplyKit", step.at(),
                    step.payload(), step.metaData());
            case CLIENT_ACCOUNT -> appendClient(life.client, step.at(), step.payload(), step.metaData());
            case WORKER_ACCOUNT -> appendWorker(life.worker, step.at(), step.payload(), step.metaData());
        }
    }

    /** Monday 00:05 after the week: every client charged in it gets its invoice, paid from its balance. */
    private void closeWeek(LocalDate monday) throws IOException {
        LocalDate sunday = monday.plusDays(6);
        Instant at = monday.plusWeeks(1).atTime(0, 5).atZone(ZONE).toInstant();
        MetaData run = metaData(null, Role.SYSTEM, uuid().toString());
        for (int i = 0; i < clients; i++) {
            LinkedHashMap<OrderId, Long> open = openCharges.get(i);
            if (open.isEmpty()) {
                continue;
            }
            AccountId client = clientIds[i];
            Money subtotal = money(open.values().stream().mapToLong(Long::longValue).sum());
            int percent = LoyaltyDiscount.percentFor(money(totalPaidCents[i]));
            Money discount = LoyaltyDiscount.discountOf(subtotal, percent);
            Money amount = subtotal.minus(discount);
            long amountCents = amount.amount().movePointRight(2).longValueExact();
            if (balanceCents[i] < amountCents) {
                balanceCents[i] += TOP_UP_CENTS;
                Instant toppedUp = at.minus(Duration.ofHours(1));
                appendClient(i, toppedUp, new ClientToppedUpEvent(client, money(TOP_UP_CENTS), money(balanceCents[i]),
                        toppedUp), metaData(client, Role.CLIENT, uuid().toString()));
            }
            InvoiceId invoice = InvoiceId.forPeriod(BillingPeriod.Kind.CLIENT_WEEKLY, client, sunday);
            appendClient(i, at, new ClientInvoiceIssuedEvent(client, invoice, monday, sunday,
                    List.copyOf(open.keySet()), subtotal, percent, discount, amount, at), run);
            balanceCents[i] -= amountCents;
            totalPaidCents[i] += amountCents;
            appendClient(i, at, new ClientInvoicePaidEvent(client, invoice, amount, money(balanceCents[i]),
                    money(totalPaidCents[i]), at), run);
            clientInvoices++;
            open.clear();
        }
    }

    /** 00:10 after each month that has ended by {@code day}: every worker with activity is invoiced and paid out. */
    private void closeMonthsEndedBy(LocalDate day) throws IOException {
        while (true) {
            LocalDate first = earnedCents.isEmpty() ? null : earnedCents.firstKey();
            if (!finedCents.isEmpty() && (first == null || finedCents.firstKey().isBefore(first))) {
                first = finedCents.firstKey();
            }
            if (first == null || first.with(TemporalAdjusters.lastDayOfMonth()).isAfter(day)) {
                return;
            }
            closeMonth(first, earnedCents.remove(first), finedCents.remove(first));
        }
    }

    private void closeMonth(LocalDate monthStart, long[] earned, long[] fined) throws IOException {
        LocalDate monthEnd = monthStart.with(TemporalAdjusters.lastDayOfMonth());
        Instant at = monthEnd.plusDays(1).atTime(0, 10).atZone(ZONE).toInstant();
        long[] earnings = earned == null ? new long[workers] : earned;
        long[] fines = fined == null ? new long[workers] : fined;
        MetaData run = metaData(null, Role.SYSTEM, uuid().toString());
        for (int i = 0; i < workers; i++) {
            if (earnings[i] == 0 && fines[i] == 0) {
                continue;
            }
            AccountId worker = workerIds[i];
            long net = earnings[i] - fines[i] - carriedDebtCents[i];
            boolean payable = net > 0;
            InvoiceId invoice = InvoiceId.forPeriod(BillingPeriod.Kind.WORKER_MONTHLY, worker, monthEnd);
            appendWorker(i, at, new WorkerInvoiceIssuedEvent(worker, invoice, monthStart, monthEnd, money(earnings[i]),
                    Money.ZERO, money(fines[i]), money(carriedDebtCents[i]), money(net),
                    payable ? money(net) : Money.ZERO, payable ? Money.ZERO : money(-net),
                    payable ? WorkerInvoiceStatus.PAYOUT_PENDING : WorkerInvoiceStatus.NOTHING_TO_PAY, at), run);
            carriedDebtCents[i] = payable ? 0 : -net;
            workerInvoices++;
            if (payable) {
                String key = invoice.toString();
                String payoutId = "gh-" + uuid();
                out.append(invoice.toString(), 0, "Invoice", at, new PayoutRequestedEvent(worker, invoice, money(net),
                        key, 0, at), run);
                Instant accepted = at.plusSeconds(30);
                out.append(invoice.toString(), 1, "Invoice", accepted, new PayoutAcceptedEvent(worker, invoice, key,
                        payoutId, accepted), run);
                Instant paid = at.plus(Duration.ofMinutes(5));
                out.append(invoice.toString(), 2, "Invoice", paid, new PayoutSucceededEvent(worker, invoice,
                        money(net), payoutId, paid), metaData(null, Role.ANONYMOUS, uuid().toString()));
            }
        }
    }

    private void appendClient(int client, Instant at, Object payload, MetaData metaData) throws IOException {
        out.append("client-billing-" + clientIds[client], clientSequence[client]++, "ClientAccount", at, payload,
                metaData);
    }

    private void appendWorker(int worker, Instant at, Object payload, MetaData metaData) throws IOException {
        out.append("worker-billing-" + workerIds[worker], workerSequence[worker]++, "WorkerAccount", at, payload,
                metaData);
    }

    /** What Catwork puts on every message: who caused it (no id for SYSTEM and ANONYMOUS) and the correlation id. */
    private static MetaData metaData(AccountId actor, Role role, Object correlationId) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (actor != null) {
            values.put("actorId", actor.toString());
        }
        values.put("actorRole", role.name());
        values.put("correlationId", correlationId.toString());
        return MetaData.from(values);
    }

    private static Money money(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2));
    }

    private static LocalDate monthOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE).withDayOfMonth(1);
    }

    private static String address(int client) {
        return "Roof " + client + ", Cat Street";
    }

    private static String workerCode(int worker) {
        return "W" + (1000 + worker);
    }

    /** A random (version 4) UUID from the seeded generator. */
    private UUID uuid() {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private String sha256() {
        return (uuid().toString() + uuid()).replace("-", "");
    }

    /** COPY rows into domain_event_entry, 100,000 per transaction, numbered on from the event store's sequence. */
    private final class Writer implements AutoCloseable {
        private final Connection connection;
        private final PGConnection postgres;
        private final long firstIndex;
        private long nextIndex;
        private long rows;
        private long inTransaction;
        private PGCopyOutputStream copy;
        private byte[] line = new byte[16_384];
        private int length;

        Writer(Connection connection) throws SQLException {
            this.connection = connection;
            this.postgres = connection.unwrap(PGConnection.class);
            try (ResultSet next = connection.createStatement()
                    .executeQuery("select nextval('domain_event_entry_global_index_seq')")) {
                next.next();
                firstIndex = next.getLong(1);
            }
            nextIndex = firstIndex;
            copy = new PGCopyOutputStream(postgres, COPY, 1 << 20);
        }

        void append(String aggregate, long sequence, String type, Instant at, Object payload, MetaData metaData)
                throws IOException {
            SerializedObject<byte[]> data = serializer.serialize(payload, byte[].class);
            SerializedObject<byte[]> meta = serializer.serialize(metaData, byte[].class);
            length = 0;
            text(Long.toString(nextIndex++));
            text(aggregate);
            text(Long.toString(sequence));
            text(type);
            text(uuid().toString());
            text(DateTimeUtils.formatInstant(at));
            text(data.getType().getName());
            text(data.getType().getRevision() == null ? "\\N" : data.getType().getRevision());
            hex(data.getData());
            put((byte) '\t');
            hex(meta.getData());
            put((byte) '\n');
            copy.write(line, 0, length);
            rows++;
            if (++inTransaction == ROWS_PER_TRANSACTION) {
                copy.close();
                try {
                    connection.commit();
                    copy = new PGCopyOutputStream(postgres, COPY, 1 << 20);
                } catch (SQLException e) {
                    throw new IOException("committing " + rows + " events", e);
                }
                inTransaction = 0;
            }
        }

        /** Ends the last COPY, sets the sequence after the last row, commits. */
        void finish() throws Exception {
            copy.close();
            try (ResultSet set = connection.createStatement().executeQuery(
                    "select setval('domain_event_entry_global_index_seq', " + (nextIndex - 1) + ")")) {
                set.next();
            }
            connection.commit();
        }

        /** A text column and its tab; every text written here is ASCII with no tab, newline or backslash in it. */
        private void text(String value) {
            ensure(value.length() + 1);
            for (int i = 0; i < value.length(); i++) {
                line[length++] = (byte) value.charAt(i);
            }
            line[length++] = '\t';
        }

        /** A bytea column in hex, its backslash escaped for COPY's text format. */
        private void hex(byte[] data) {
            ensure(3 + 2 * data.length);
            line[length++] = '\\';
            line[length++] = '\\';
            line[length++] = 'x';
            for (byte b : data) {
                line[length++] = HEX[(b >> 4) & 0xF];
                line[length++] = HEX[b & 0xF];
            }
        }

        private void put(byte b) {
            ensure(1);
            line[length++] = b;
        }

        private void ensure(int more) {
            if (length + more > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + more));
            }
        }

        @Override
        public void close() throws SQLException {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
