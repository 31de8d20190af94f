package io.catwork.ops.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every {@code catwork.*} key is described in the configuration metadata an IDE reads: the
 * {@code META-INF/spring-configuration-metadata.json} that spring-boot-configuration-processor generates in each jar
 * from the {@code @ConfigurationProperties} records (their {@code @param} Javadoc) and from the module's
 * {@code META-INF/additional-spring-configuration-metadata.json} (keys read with {@code @Value}). Checked: the keys set
 * in application.yml and those README.md's configuration tables name.
 */
class ConfigurationMetadataTest {
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** The README's configuration section: "## Configuration", "## Configure it". */
    private static final Pattern SECTION = Pattern.compile("(?m)^## Config[^\\n]*$");

    /** Every property of every metadata file on the classpath, by name. */
    private static final Map<String, JsonNode> properties = new TreeMap<>();
    private static final List<URL> files = new ArrayList<>();

    @BeforeAll
    static void loadMetadata() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (URL url : Collections.list(ConfigurationMetadataTest.class.getClassLoader().getResources(METADATA))) {
            files.add(url);
            try (InputStream in = url.openStream()) {
                json.readTree(in).path("properties").forEach(property ->
                        properties.putIfAbsent(property.path("name").asText(), property));
            }
        }
    }

    @Test
    void eachModuleGeneratesItsMetadata() {
        Set<String> sources = new TreeSet<>();
        properties.values().forEach(property -> sources.add(property.path("sourceType").asText()));
        assertThat(sources).as("the properties' source types, in " + files).contains(
                "io.catwork.orders.command.OrdersProperties",
                "io.catwork.notifications.query.NotificationProperties",
                "io.catwork.ops.security.SecurityProperties",
                "io.catwork.matching.command.RandomMatchingPolicy",
                "io.catwork.ops.config.ClockConfiguration");
    }

    @Test
    void everyCatworkPropertyHasADescription() {
        List<String> undescribed = properties.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("catwork."))
                .filter(entry -> entry.getValue().path("description").asText().isBlank())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(undescribed).as("catwork properties without a description (an @param on the record, or an entry in "
                + "additional-spring-configuration-metadata.json)").isEmpty();
    }

    @Test
    void everyCatworkKeyOfApplicationYmlIsDescribed() throws IOException {
        Map<String, Object> keys = applicationYml();
        assertThat(keys).as("application.yml's catwork keys").containsKeys("catwork.orders.min-lead-time",
                "catwork.rate-limit.applications.per-address", "catwork.data-dir");
        assertThat(undescribed(keys.keySet())).as("keys of application.yml missing from " + files).isEmpty();
    }

    @Test
    void everyCatworkKeyOfTheReadmesConfigurationTablesIsDescribed() throws IOException {
        Set<String> keys = readmeKeys(Files.readString(readme(), StandardCharsets.UTF_8));
        assertThat(keys).as("README's configuration keys").contains("catwork.security.jwt-secret",
                "catwork.admin.password", "catwork.golden-hat.poll-after", "catwork.notifications.max-backoff");
        assertThat(undescribed(keys)).as("keys of README.md's configuration tables missing from " + files).isEmpty();
    }

    /** A default the metadata states is the one application.yml sets: the documentation says what really runs. */
    @Test
    void theMetadatasDefaultsAreApplicationYmls() throws IOException {
        Map<String, String> differences = new TreeMap<>();
        applicationYml().forEach((key, value) -> {
            JsonNode property = properties.get(key);
            if (property == null || !property.hasNonNull("defaultValue") || value == null || value instanceof List<?>
                    || value instanceof Map<?, ?> || value.toString().contains("${")) {
                return;
            }
            String stated = property.get("defaultValue").asText();
            if (!sameValue(value.toString(), stated)) {
                differences.put(key, value + " in application.yml, " + stated + " in the metadata");
            }
        });
        assertThat(differences).isEmpty();
    }

    private static boolean sameValue(String yaml, String metadata) {
        if (yaml.equals(metadata)) {
            return true;
        }
        try {
            return new BigDecimal(yaml).compareTo(new BigDecimal(metadata)) == 0;
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }

    private static List<String> undescribed(Set<String> keys) {
        return keys.stream()
                .filter(key -> !properties.containsKey(key)
                        || properties.get(key).path("description").asText().isBlank())
                .toList();
    }

    /** application.yml's {@code catwork.*} keys, flattened, with their values. */
    private static Map<String, Object> applicationYml() throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream("/application.yml")) {
            assertThat(in).as("application.yml on the classpath").isNotNull();
            Map<String, Object> flat = new LinkedHashMap<>();
            flatten("", new Yaml().load(in), flat);
            flat.keySet().removeIf(key -> !key.startsWith("catwork."));
            return flat;
        }
    }

    private static void flatten(String prefix, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, nested) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, nested, flat));
        } else {
            flat.put(prefix, value);
        }
    }

    /**
     * The {@code catwork.*} keys in the first column of the tables of README.md's configuration section (up to the next
     * {@code ## } heading); a key that starts with a dot shares the previous key's prefix
     * ({@code catwork.supplier.base-url} / {@code .webhook-secret}).
     */
    static Set<String> readmeKeys(String readme) {
        Matcher heading = SECTION.matcher(readme);
        assertThat(heading.find()).as("README.md's configuration section (## Configuration)").isTrue();
        int start = heading.end();
        int end = readme.indexOf("\n## ", start);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> keys = new TreeSet<>();
        for (String line : section.split("\n")) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("|") || cells.length < 2) {
                continue;
            }
            Matcher code = CODE.matcher(cells[1]);
            String previous = null;
            while (code.find()) {
                String key = code.group(1).trim();
                if (key.startsWith(".") && previous != null && previous.contains(".")) {
                    key = previous.substring(0, previous.lastIndexOf('.')) + key;
                }
                previous = key;
                if (key.startsWith("catwork.") && !key.contains("*") && !key.contains(" ")) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** README.md of the repository: the working directory is the module's (Maven) or the repository's (an IDE). */
    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("ops"))) {
                return dir.resolve("README.md");
            }
        }
        throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
    }
}
