package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What {@code catwork.jar} carries (built by the package phase, before this test): no test library, no XStream (every
 * serializer is Jackson), and no library at a version with a known vulnerability that we know of.
 */
class RuntimeJarIT {
    private static final Path JAR = Path.of("target", "catwork.jar");

    private static List<String> libraries() throws IOException {
        assertThat(JAR).exists();
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            return Collections.list(jar.entries()).stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
                    .map(name -> name.substring("BOOT-INF/lib/".length())).toList();
        }
    }

    @Test
    void theJarHoldsNoTestLibraryAndNoXStream() throws IOException {
        assertThat(libraries()).isNotEmpty()
                .noneMatch(name -> name.startsWith("junit-") || name.startsWith("hamcrest")
                        || name.startsWith("mockito") || name.startsWith("assertj") || name.startsWith("wiremock")
                        || name.startsWith("xstream-") || name.startsWith("xmlpull") || name.startsWith("mxparser"));
    }

    @Test
    void commonsLang3IsPastCve202548924() throws IOException {
        Pattern version = Pattern.compile("commons-lang3-3\\.(\\d+)\\..*\\.jar");
        List<String> found = libraries().stream().filter(name -> name.startsWith("commons-lang3-")).toList();
        assertThat(found).hasSize(1);
        Matcher matcher = version.matcher(found.get(0));
        assertThat(matcher.matches()).as(found.get(0)).isTrue();
        assertThat(Integer.parseInt(matcher.group(1))).as("3.18.0 fixes CVE-2025-48924").isGreaterThanOrEqualTo(18);
        assertThat(Files.size(JAR)).isPositive();
    }
}
