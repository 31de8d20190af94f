package io.catwork.ops.aggregates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two repositories over one event store are two nodes over one database: each caches what it loaded, and neither
 * may act on a copy the other has moved on since.
 */
class StoreCheckedCachingRepositoryTest {
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final StoreCheckedCachingRepository<Tally> nodeA = StoreCheckedCachingRepository.overStore(Tally.class,
            store, 10);
    private final StoreCheckedCachingRepository<Tally> nodeB = StoreCheckedCachingRepository.overStore(Tally.class,
            store, 10);

    @AfterEach
    void stop() {
        store.shutDown();
    }

    @Test
    void aCopyTheOtherNodeMovedOnIsReloadedFromTheStore() throws Exception {
        inUnitOfWork(() -> nodeA.newInstance(() -> new Tally("t-1")));
        inUnitOfWork(() -> nodeA.load("t-1").execute(tally -> tally.add("a")));
        assertThat(nodeA.cachedCount()).isEqualTo(1);

        inUnitOfWork(() -> nodeB.load("t-1").execute(tally -> tally.add("b")));
        List<String> seenByA = new ArrayList<>();
        inUnitOfWork(() -> nodeA.load("t-1").execute(tally -> seenByA.addAll(tally.marks)));

        assertThat(seenByA).containsExactly("a", "b");
    }

    @Test
    void anUpToDateCopyIsTheCachedInstance() throws Exception {
        inUnitOfWork(() -> nodeA.newInstance(() -> new Tally("t-2")));
        List<Tally> loaded = new ArrayList<>();
        inUnitOfWork(() -> nodeA.load("t-2").execute(loaded::add));
        inUnitOfWork(() -> nodeA.load("t-2").execute(loaded::add));

        assertThat(loaded.get(1)).isSameAs(loaded.get(0));
    }

    @Test
    void aRolledBackCommandLeavesNoCopy() throws Exception {
        inUnitOfWork(() -> nodeA.newInstance(() -> new Tally("t-3")));
        inUnitOfWork(() -> nodeA.load("t-3").execute(tally -> tally.add("kept")));
        ResultMessage<?> refused = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            nodeA.load("t-3").execute(tally -> tally.add("rolled back"));
            throw new IllegalStateException("refused after applying");
        });
        assertThat(refused.isExceptional()).isTrue();
        List<String> seen = new ArrayList<>();
        inUnitOfWork(() -> nodeA.load("t-3").execute(tally -> seen.addAll(tally.marks)));

        assertThat(seen).containsExactly("kept");
    }

    private static void inUnitOfWork(ThrowingRunnable work) throws Exception {
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            work.run();
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException(result.exceptionResult());
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** A test aggregate: marks, in order. */
    static class Tally {
        @AggregateIdentifier
        private String id;
        private final List<String> marks = new ArrayList<>();

        Tally() {
        }

        Tally(String id) {
            apply(new Opened(id));
        }

        void add(String mark) {
            apply(new Marked(mark));
        }

        @EventSourcingHandler
        void on(Opened event) {
            id = event.id();
        }

        @EventSourcingHandler
        void on(Marked event) {
            marks.add(event.mark());
        }
    }

    record Opened(String id) {
    }

    record Marked(String mark) {
    }
}
