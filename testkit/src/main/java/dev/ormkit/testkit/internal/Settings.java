package dev.ormkit.testkit.internal;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The testkit's settings: a system property {@code ormkit.test.x-y}, else the environment variable
 * {@code ORMKIT_TEST_X_Y}. Tests of the locator pass their own lookup.
 */
public record Settings(Function<String, @Nullable String> lookup) {

    public static Settings fromEnvironment() {
        return new Settings(key -> {
            String value = System.getProperty(key);
            return value != null ? value : System.getenv(environmentName(key));
        });
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(values::get);
    }

    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public @Nullable String get(String key) {
        String value = lookup.apply(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String get(String key, String fallback) {
        String value = get(key);
        return value != null ? value : fallback;
    }

    public boolean enabled(String key) {
        return !"false".equalsIgnoreCase(get(key, "true"));
    }
}
