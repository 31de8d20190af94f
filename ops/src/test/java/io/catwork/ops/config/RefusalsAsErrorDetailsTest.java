package io.catwork.ops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.catwork.common.api.CatworkException;
import io.catwork.common.api.ErrorCode;
import io.catwork.common.api.ErrorDetails;
import io.catwork.orders.api.OrderErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;

/** A refusal travels as error details, which is all a distributed command bus brings back to the sender. */
class RefusalsAsErrorDetailsTest {

    record Cancel(String orderId) {
    }

    @Test
    void aRefusedCommandFailsWithItsCodeFieldAndDetailInTheExceptionsDetails() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.registerHandlerInterceptor(AxonConfiguration.refusalsAsErrorDetails());
        bus.subscribe(Cancel.class.getName(), command -> {
            throw new CatworkException(OrderErrorCode.ORDER_NOT_CANCELLABLE, "reason", "the order is COMPLETED");
        });
        CommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus).build();

        CommandExecutionException failed = catchThrowableOfType(CommandExecutionException.class,
                () -> gateway.sendAndWait(new Cancel("o-1")));

        ErrorDetails details = failed.<ErrorDetails>getDetails().orElseThrow();
        assertThat(details).isEqualTo(new ErrorDetails("ORDER_NOT_CANCELLABLE", ErrorCode.Kind.CONFLICT, "reason",
                "the order is COMPLETED"));
    }
}
