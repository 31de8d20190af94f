package io.catwork.notifications.query;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the notifications module's query side brings: its processing groups (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class NotificationsModule {

    @Bean
    ModuleDeclaration notificationsQuerySide() {
        return ModuleDeclaration.of("notifications", ProcessingGroupDeclaration.sideEffect(NotificationGroup.NAME));
    }
}
