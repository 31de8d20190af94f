package io.catwork.ops.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Counts database commits by origin: {@code catwork_db_commits_total{origin="http"}} for commits made while serving
 * an HTTP request, {@code origin="background"} for processors and scheduled work. It shows what a request costs the
 * database (the flood benchmark reads it: a refused application must cost none).
 */
@Component
class CommitCounting implements BeanPostProcessor {
    private final ObjectProvider<MeterRegistry> meters;

    CommitCounting(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
            return new CountingDataSource(dataSource, meters);
        }
        return bean;
    }

    static final class CountingDataSource extends DelegatingDataSource {
        private final ObjectProvider<MeterRegistry> meters;
        private volatile Counter http;
        private volatile Counter background;

        CountingDataSource(DataSource target, ObjectProvider<MeterRegistry> meters) {
            super(target);
            this.meters = meters;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private Connection counting(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                try {
                    Object result = method.invoke(connection, args);
                    if ("commit".equals(method.getName())) {
                        counted();
                    }
                    return result;
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }

        private void counted() {
            MeterRegistry registry = meters.getIfAvailable();
            if (registry == null) {
                return;
            }
            if (http == null) {
                http = Counter.builder("catwork.db.commits").tag("origin", "http").register(registry);
                background = Counter.builder("catwork.db.commits").tag("origin", "background").register(registry);
            }
            (RequestContextHolder.getRequestAttributes() != null ? http : background).increment();
        }
    }
}
