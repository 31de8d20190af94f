package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.catwork.ops.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flyway owns the schema, Hibernate validates it, and Axon's binary columns are bytea, never large objects. */
class PostgresSchemaIT extends IntegrationTest {

    @Test
    void axonBinaryColumnsAreByteaAndNoLargeObjectsAreCreated() {
        given.order(given.client(), given.serviceType());
        List<Map<String, Object>> binary = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = 'public'
                  and table_name in ('domain_event_entry', 'snapshot_event_entry', 'token_entry', 'saga_entry',
                                     'dead_letter_entry')
                  and column_name in ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')""");
        assertThat(binary).hasSize(10);
        assertThat(binary).allSatisfy(column -> assertThat(column.get("data_type")).as(column.toString())
                .isEqualTo("bytea"));
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = 'public'"
                + " and data_type = 'oid'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from token_entry where token is not null", Long.class))
                .isPositive();
    }

    @Test
    void globalIndexComesFromItsOwnSequenceWithoutGaps() {
        assertThat(jdbc.queryForObject("select increment_by from pg_sequences "
                + "where sequencename = 'domain_event_entry_global_index_seq'", Long.class)).isEqualTo(1L);
        long before = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        given.client();
        given.serviceType();
        List<Long> indexes = jdbc.queryForList(
                "select global_index from domain_event_entry where global_index > ? order by global_index",
                Long.class, before);
        assertThat(indexes).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < indexes.size(); i++) {
            assertThat(indexes.get(i) - indexes.get(i - 1)).as("gap after " + indexes.get(i - 1)).isEqualTo(1L);
        }
    }

    @Test
    void flywayAppliedEveryMigrationAndSagaLookupsAreIndexed() {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class))
                .isZero();
        assertThat(jdbc.queryForList("select indexdef from pg_indexes where tablename = 'association_value_entry'",
                String.class))
                .anySatisfy(index -> assertThat(index).contains("(saga_type, association_key, association_value)"))
                .anySatisfy(index -> assertThat(index).contains("(saga_id, saga_type)"));
    }
}
