package io.catwork.ops.logging;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Puts the correlation id of the message being handled (its {@code correlationId} metadata, which the request put on
 * its commands and Axon's correlation data providers copy onto every message that follows) into the MDC while it is
 * handled: every line an event processor, a saga, a command handler or a deadline handler logs for it carries the id
 * of the request that caused it. A message without one leaves the MDC as it is.
 */
public final class CorrelationIdInterceptor implements MessageHandlerInterceptor<Message<?>> {
    public static final CorrelationIdInterceptor INSTANCE = new CorrelationIdInterceptor();

    private CorrelationIdInterceptor() {
    }

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try (CorrelationMdc.Scope ignored = CorrelationMdc.open(CorrelationMdc.of(unitOfWork.getMessage()))) {
            return chain.proceed();
        }
    }
}
