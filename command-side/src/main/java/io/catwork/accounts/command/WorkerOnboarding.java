package io.catwork.accounts.command;

import io.catwork.accounts.api.EmailAddresses;
import io.catwork.common.api.Role;
import io.catwork.hiring.api.ApplicantHiredEvent;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * A hired applicant becomes a worker account in the hire's own transaction (a subscribing group whose errors fail the
 * hire): credentials without a password, the WORKER account with its code, and the activation email, whose one-time
 * token is issued only when it is sent. An email that already has an account makes the hire fail with 409, changing
 * nothing.
 */
@Component
@ProcessingGroup(WorkerOnboarding.GROUP)
class WorkerOnboarding {
    static final String GROUP = "worker-onboarding";
    static final String ACTIVATION_TEMPLATE = "worker-activation";

    private final AccountRegistration accounts;
    private final ActivationTokens activation;
    private final OnboardingMail mail;

    WorkerOnboarding(AccountRegistration accounts, ActivationTokens activation, OnboardingMail mail) {
        this.accounts = accounts;
        this.activation = activation;
        this.mail = mail;
    }

    @EventHandler
    void on(ApplicantHiredEvent event, @MessageIdentifier String eventId) {
        accounts.register(event.workerId(), new AccountRegistration.NewAccount(Role.WORKER, event.name(), event.email(),
                null, event.phone(), null, event.workerCode()));
        mail.queueActivation(eventId, EmailAddresses.normalize(event.email()), ACTIVATION_TEMPLATE, Map.of(
                "name", event.name(), "workerCode", event.workerCode(),
                "applicationId", event.applicationId().toString(), "validDays", activation.ttl().toDays()),
                "token", event.workerId());
    }
}
