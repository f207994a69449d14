package dev.ormkit.testkit.internal;

/** How to reach a server as a user who may create databases: an admin URL (to a maintenance database). */
record ServerAddress(String adminJdbcUrl, String username, String password, String description,
        AutoCloseable stopper) {

    /** The same server's URL for another database: the admin URL with its database name replaced. */
    String jdbcUrl(String database) {
        String url = adminJdbcUrl;
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            return base + "/" + database + params;
        }
        return base.substring(0, slash + 1) + database + params;
    }
}
