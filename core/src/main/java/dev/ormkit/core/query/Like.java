package dev.ormkit.core.query;

import dev.ormkit.core.internal.EntityNames;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Prefix, substring and suffix search with {@code LIKE}, where the searched text is matched literally: its
 * {@code _}, {@code %} and {@code \} are escaped, so a user's input {@code "50%_off"} matches only that text.
 *
 * <p>As a Criteria condition (the pattern and the escape character are bound, never concatenated):
 * <pre>{@code
 * QuerySpec<Book> byTitle = QuerySpec.matching(Like.startsWith("title", input));
 * QuerySpec<Book> byAuthor = QuerySpec.<Book>all().and(Like.containsIgnoringCase("author.name", input));
 * }</pre>
 *
 * <p>In a JPQL condition, bind the pattern and the escape character ({@code escape '\'} would be a string literal,
 * which {@link QuerySpec} refuses, and without an {@code escape} clause Hibernate renders {@code escape ''} on
 * PostgreSQL, so the backslashes would be plain characters and match nothing):
 * <pre>{@code
 * QuerySpec.<Book>where("e.title like :title escape :escape")
 *         .bind("title", Like.prefixPattern(input)).bind("escape", Like.ESCAPE);
 * }</pre>
 *
 * <p>{@code null} text or property throws {@link NullPointerException}; the empty text matches every non-null
 * value. A property path that does not exist, or is not a {@code String}, fails with {@link InvalidQueryException}
 * when the query runs. A leading-wildcard search ({@code contains}, {@code endsWith}) cannot use a b-tree index.
 */
public final class Like {

    /** The escape character of every pattern made here: the backslash. */
    public static final char ESCAPE = '\\';

    private Like() {}

    /** Rows whose {@code property} (a path: {@code "title"}, {@code "author.name"}) starts with {@code text}. */
    public static <T> QuerySpec.CriteriaCondition<T> startsWith(String property, String text) {
        return condition(property, prefixPattern(text), false);
    }

    /** Rows whose {@code property} contains {@code text}. */
    public static <T> QuerySpec.CriteriaCondition<T> contains(String property, String text) {
        return condition(property, containsPattern(text), false);
    }

    /** Rows whose {@code property} ends with {@code text}. */
    public static <T> QuerySpec.CriteriaCondition<T> endsWith(String property, String text) {
        return condition(property, suffixPattern(text), false);
    }

    /** As {@link #startsWith}, comparing {@code lower(property)} with the lower-cased text. */
    public static <T> QuerySpec.CriteriaCondition<T> startsWithIgnoringCase(String property, String text) {
        return condition(property, prefixPattern(text), true);
    }

    /** As {@link #contains}, comparing {@code lower(property)} with the lower-cased text. */
    public static <T> QuerySpec.CriteriaCondition<T> containsIgnoringCase(String property, String text) {
        return condition(property, containsPattern(text), true);
    }

    /** {@code text} with {@code \}, {@code %} and {@code _} escaped by {@link #ESCAPE}: {@code a_b} → {@code a\_b}. */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text must not be null");
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** The pattern for values starting with {@code text}: {@code escape(text) + "%"}. */
    public static String prefixPattern(String text) {
        return escape(text) + '%';
    }

    /** The pattern for values containing {@code text}: {@code "%" + escape(text) + "%"}. */
    public static String containsPattern(String text) {
        return '%' + escape(text) + '%';
    }

    /** The pattern for values ending with {@code text}: {@code "%" + escape(text)}. */
    public static String suffixPattern(String text) {
        return '%' + escape(text);
    }

    private static <T> QuerySpec.CriteriaCondition<T> condition(String property, String pattern, boolean ignoreCase) {
        Objects.requireNonNull(property, "property must not be null");
        return (builder, root) -> {
            Path<?> path = root;
            try {
                for (String name : property.split("\\.", -1)) {
                    path = path.get(name);
                }
            } catch (IllegalArgumentException unknown) {
                throw new InvalidQueryException("Like on '" + property + "': " + EntityNames.of(root.getJavaType())
                        + " has no such property path. Name a String property, for example \"name\" or "
                        + "\"owner.name\".");
            }
            if (path.getJavaType() != String.class) {
                throw new InvalidQueryException("Like on '" + property + "' of " + EntityNames.of(root.getJavaType())
                        + ": its type is " + path.getJavaType().getSimpleName() + ", and LIKE compares text. "
                        + "Name a String property.");
            }
            @SuppressWarnings("unchecked")
            Expression<String> value = (Expression<String>) path;
            return ignoreCase
                    ? builder.like(builder.lower(value), pattern.toLowerCase(Locale.ROOT), ESCAPE)
                    : builder.like(value, pattern, ESCAPE);
        };
    }
}
