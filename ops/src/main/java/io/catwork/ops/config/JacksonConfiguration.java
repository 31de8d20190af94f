package io.catwork.ops.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.catwork.common.api.TypedId;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Two ObjectMappers. The web one follows {@code spring.jackson.*}; the stored-message one is private to Axon, so no
 * web setting can ever change the stored format. Declaring the web one here keeps Axon's own
 * {@code defaultAxonObjectMapper} from replacing Boot's.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfiguration {

    /** The mapper behind every Axon serializer: events, messages, tokens, sagas, dead letters. */
    public static ObjectMapper storedMessageMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Bean
    @Primary
    ObjectMapper webObjectMapper(Jackson2ObjectMapperBuilder builder) {
        ObjectMapper mapper = builder.build();
        SimpleModule ids = new SimpleModule("catwork-typed-ids");
        ids.addSerializer(TypedId.class, new TypedIdSerializer());
        mapper.registerModule(ids);
        mapper.registerModule(isoTextOnly());
        return mapper;
    }

    /**
     * Times and dates in requests are ISO-8601 text only (API.md): a number (epoch seconds or days) or an array is
     * refused as a field of the wrong format instead of being read as some far-off moment.
     */
    static SimpleModule isoTextOnly() {
        SimpleModule module = new SimpleModule("catwork-iso-text-only");
        module.addDeserializer(OffsetDateTime.class,
                textOnly(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));
        module.addDeserializer(Instant.class, textOnly(Instant.class, InstantDeserializer.INSTANT));
        module.addDeserializer(LocalDate.class, textOnly(LocalDate.class, LocalDateDeserializer.INSTANCE));
        return module;
    }

    private static <T> JsonDeserializer<T> textOnly(Class<T> type, JsonDeserializer<? extends T> iso) {
        return new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                    @SuppressWarnings("unchecked")
                    T refused = (T) context.handleUnexpectedToken(type, parser);
                    return refused;
                }
                return iso.deserialize(parser, context);
            }
        };
    }

    /** Writes a typed id as its plain UUID string, as the API shows ids. */
    static final class TypedIdSerializer extends StdSerializer<TypedId> {
        TypedIdSerializer() {
            super(TypedId.class);
        }

        @Override
        public void serialize(TypedId id, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(id.value().toString());
        }
    }
}
