package io.catwork.ops.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.catwork.common.api.TypedId;
import java.io.IOException;
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
        return mapper;
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
