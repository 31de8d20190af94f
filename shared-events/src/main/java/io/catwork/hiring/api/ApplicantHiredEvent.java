package io.catwork.hiring.api;

import io.catwork.common.api.AccountId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The applicant became worker {@code workerId} with its unique {@code workerCode}, and joins the pool. */
@Revision("1")
public record ApplicantHiredEvent(ApplicationId applicationId, AccountId workerId, String workerCode, String name,
                                  String email, String phone, String payoutAccount, Instant hiredAt)
        implements ApplicationEvent {
}
