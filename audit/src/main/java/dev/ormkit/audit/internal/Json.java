package dev.ormkit.audit.internal;

import org.jspecify.annotations.Nullable;

/** Just enough JSON for change-log values: numbers and booleans as such, everything else as a string. */
final class Json {

    private Json() {}

    static StringBuilder value(StringBuilder json, @Nullable Object value) {
        if (value == null) {
            return json.append("null");
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof java.math.BigDecimal || value instanceof java.math.BigInteger) {
            return json.append(value);
        }
        if (value instanceof Enum<?> constant) {
            return string(json, constant.name());
        }
        return string(json, String.valueOf(value));
    }

    static StringBuilder string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
