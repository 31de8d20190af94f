package io.catwork.ops.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.catwork.common.api.BodyTooLarge;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.ErrorDetails;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where errors become answers: RFC 9457 problem details, never a stack trace. Domain refusals carry an
 * {@link io.catwork.common.api.ErrorCode} whose kind picks the status.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** A value that does not parse as its field's type (a JSON body's or a console form's). */
    private static final String WRONG_TYPE = "has the wrong type or format";

    private final DeclaredErrorCodes codes;

    ProblemDetailsAdvice(DeclaredErrorCodes codes) {
        this.codes = codes;
    }

    @ExceptionHandler(CatworkException.class)
    ResponseEntity<Object> refused(CatworkException exception) {
        return answer(toProblem(ErrorDetails.of(exception)));
    }

    /** A refused command: its error details say why, whichever command bus carried it back. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException exception) {
        Optional<ErrorDetails> details = exception.getDetails();
        if (details.isPresent()) {
            if (codes.find(details.get().code()).isEmpty()) {
                log.error("a command was refused with the undeclared error code {}", details.get().code());
            }
            return answer(toProblem(details.get()));
        }
        return unexpected(exception);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> unknownAggregate(AggregateNotFoundException exception) {
        return answer(Problems.of(HttpStatus.NOT_FOUND, "not-found", "not found"));
    }

    @ExceptionHandler({ConcurrencyException.class, DataIntegrityViolationException.class, EventStoreException.class})
    ResponseEntity<Object> conflict(RuntimeException exception) {
        log.info("conflicting write refused: {}", exception.toString());
        return answer(Problems.of(HttpStatus.CONFLICT, "conflict",
                "the request conflicts with a concurrent change; read the current state and try again"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException exception) {
        return answer(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "not allowed"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception) {
        log.error("unexpected error", exception);
        return answer(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "an unexpected error occurred; quote the X-Request-Id when reporting it"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Problems.FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(), error.isBindingFailure()
                        ? WRONG_TYPE : error.getDefaultMessage()))
                .toList();
        return body(Problems.invalid("the request has invalid fields", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Problems.FieldError> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new Problems.FieldError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return body(Problems.invalid("the request has invalid parameters", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", tooLarge.getMessage()));
            }
        }
        if (exception.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return body(Problems.invalid("the request has invalid fields",
                    List.of(new Problems.FieldError(field, WRONG_TYPE))));
        }
        String detail = exception.getCause() instanceof JsonMappingException
                ? "the request body does not have the expected shape" : "the request body is not valid JSON";
        return body(Problems.invalid(detail, List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = exception instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : exception.getPropertyName();
        return body(Problems.invalid("the request has invalid parameters",
                List.of(new Problems.FieldError(field, WRONG_TYPE))));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
            ProblemDetail ours = Problems.of(status, "http-" + status.value(), problem.getDetail());
            ResponseEntity<Object> answer = body(ours);
            return answer.getBody() == ours ? new ResponseEntity<>(ours, headers, status) : answer;
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static ProblemDetail toProblem(ErrorDetails refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
        if (status == HttpStatus.BAD_REQUEST) {
            List<Problems.FieldError> errors = refusal.field() == null ? List.of()
                    : List.of(new Problems.FieldError(refusal.field(), refusal.detail()));
            return Problems.invalid(refusal.detail(), errors);
        }
        ProblemDetail problem = Problems.of(status, refusal.code(), refusal.detail());
        if (refusal.field() != null) {
            problem.setProperty("errors", List.of(new Problems.FieldError(refusal.field(), refusal.detail())));
        }
        return problem;
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return body(problem);
    }

    /**
     * The problem for the API; in the console, a refused form goes back to its page with the problem and its fields'
     * messages ({@link ConsoleResponses}), and any other error is an HTML page with the same detail.
     */
    private static ResponseEntity<Object> body(ProblemDetail problem) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                && current.getResponse() != null && ConsoleResponses.isConsole(current.getRequest())) {
            HttpServletRequest request = current.getRequest();
            Optional<String> back = ConsoleResponses.backOf(request);
            String detail = problem.getDetail() == null ? "" : problem.getDetail();
            if (back.isPresent() && problem.getStatus() < 500) {
                ConsoleResponses.refuseForm(request, current.getResponse(), back.get(), detail, fieldErrors(problem));
                return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(back.get())).build();
            }
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.TEXT_HTML)
                    .body(ConsoleResponses.errorPage(problem.getStatus(),
                            status == null ? "Error" : status.getReasonPhrase(), detail));
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static List<Problems.FieldError> fieldErrors(ProblemDetail problem) {
        Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
        return errors instanceof List<?> list ? list.stream().filter(Problems.FieldError.class::isInstance)
                .map(Problems.FieldError.class::cast).toList() : List.of();
    }
}
