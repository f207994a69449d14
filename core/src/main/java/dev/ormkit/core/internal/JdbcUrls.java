package dev.ormkit.core.internal;

import java.util.Properties;
import java.util.regex.Pattern;
import org.postgresql.Driver;

/** Describes a PostgreSQL JDBC URL for messages: host, port and database, never the password. */
public final class JdbcUrls {

    private static final Pattern SECRET = Pattern.compile("(?i)(password|sslpassword)=[^&]*");

    private JdbcUrls() {}

    /** {@code host:port (database 'name')}, or the URL without secrets when pgjdbc cannot parse it. */
    public static String describe(String url) {
        Properties parsed = Driver.parseURL(url, null);
        if (parsed == null) {
            return "'" + withoutSecrets(url) + "'";
        }
        return parsed.getProperty("PGHOST", "localhost") + ":" + parsed.getProperty("PGPORT", "5432")
                + " (database '" + parsed.getProperty("PGDBNAME", "") + "')";
    }

    public static String withoutSecrets(String url) {
        return SECRET.matcher(url).replaceAll("$1=***");
    }
}
