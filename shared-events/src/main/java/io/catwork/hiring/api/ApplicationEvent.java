package io.catwork.hiring.api;

/** Every event of an application; projections switch over it. */
public sealed interface ApplicationEvent extends HiringEvent permits ApplicationSubmittedEvent, ContactRecordedEvent,
        TestsAssignedEvent, TestResultRecordedEvent, ApplicantHiredEvent, ApplicationRejectedEvent {
    ApplicationId applicationId();
}
