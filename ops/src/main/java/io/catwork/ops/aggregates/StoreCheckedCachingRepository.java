package io.catwork.ops.aggregates;

import java.util.Objects;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * Axon's caching repository, with the cached copy checked against the event store before a command uses it.
 *
 * <p>Axon drops an entry whose unit of work rolls back, and the store's unique (aggregate, sequence) key refuses an
 * append made from a stale copy. That leaves one gap when several nodes share the store: a copy that another node
 * has since moved on would refuse a command the real state accepts (or accept one it refuses, then fail on the
 * key), a spurious 409. So before a cached copy is used, one indexed read fetches the aggregate's last stored
 * sequence number; when it is not the copy's version, the copy is dropped and the aggregate is loaded from its
 * events, as without a cache.
 */
final class StoreCheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {
    private final BoundedCache cache;
    private final EventStore eventStore;

    private StoreCheckedCachingRepository(EventSourcingRepository.Builder<T> builder, BoundedCache cache,
                                          EventStore eventStore) {
        super(builder.cache(cache));
        this.cache = cache;
        this.eventStore = eventStore;
    }

    /** The repository of {@code type}, built as Axon's configuration would build it, with a cache of {@code size}. */
    static <T> StoreCheckedCachingRepository<T> create(Class<T> type, Configuration axon, int size) {
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type,
                axon.parameterResolverFactory(), axon.handlerDefinition(type));
        EventSourcingRepository.Builder<T> builder = builder(type, model, axon.eventStore())
                .repositoryProvider(axon::repository)
                .spanFactory(axon.getComponent(RepositorySpanFactory.class));
        return new StoreCheckedCachingRepository<>(builder, new BoundedCache(size), axon.eventStore());
    }

    /** The repository of {@code type} over {@code eventStore} alone, with Axon's default handler resolution. */
    static <T> StoreCheckedCachingRepository<T> overStore(Class<T> type, EventStore eventStore, int size) {
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type);
        BoundedCache cache = new BoundedCache(size);
        return new StoreCheckedCachingRepository<>(builder(type, model, eventStore), cache, eventStore);
    }

    private static <T> EventSourcingRepository.Builder<T> builder(Class<T> type, AggregateModel<T> model,
                                                                 EventStore eventStore) {
        AggregateFactory<T> factory = new GenericAggregateFactory<>(model);
        return EventSourcingRepository.builder(type).aggregateModel(model).aggregateFactory(factory)
                .eventStore(eventStore);
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        if (cache.containsKey(aggregateIdentifier)) {
            EventSourcedAggregate<T> cached = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
            Long stored = eventStore.lastSequenceNumberFor(aggregateIdentifier).orElse(null);
            if (Objects.equals(cached.version(), stored)) {
                return cached;
            }
            cache.remove(aggregateIdentifier); // another node appended since: load the events
        }
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }

    /** The aggregates held in memory, for tests. */
    long cachedCount() {
        return cache.size();
    }
}
