package dev.ormkit.core.repository.internal;

import dev.ormkit.core.paging.Sort;
import java.util.List;

/**
 * The keyset predicate after a row position. One direction for every key: a row-value comparison,
 * {@code (e.name, e.id) > (:k0, :k1)}, which PostgreSQL turns into an index range condition. Mixed
 * directions: the lexicographic expansion, led by {@code e.k0 >= :k0} so the first key still bounds an index
 * scan. Only validated property names and generated parameter names are written into the query.
 */
final class Keyset {

    static final String PARAMETER = "ormkit_k";

    private Keyset() {}

    static String after(String alias, List<Sort> order) {
        boolean uniform = order.stream().allMatch(sort -> sort.ascending() == order.get(0).ascending());
        if (order.size() == 1) {
            return column(alias, order.get(0)) + op(order.get(0)) + param(0);
        }
        if (uniform) {
            StringBuilder columns = new StringBuilder("(");
            StringBuilder values = new StringBuilder("(");
            for (int i = 0; i < order.size(); i++) {
                columns.append(i > 0 ? ", " : "").append(column(alias, order.get(i)));
                values.append(i > 0 ? ", " : "").append(param(i));
            }
            return columns + ")" + op(order.get(0)) + values + ")";
        }
        String expansion = column(alias, order.get(order.size() - 1)) + op(order.get(order.size() - 1))
                + param(order.size() - 1);
        for (int i = order.size() - 2; i >= 0; i--) {
            expansion = column(alias, order.get(i)) + op(order.get(i)) + param(i) + " or (" + column(alias, order.get(i))
                    + " = " + param(i) + " and (" + expansion + "))";
        }
        return column(alias, order.get(0)) + (order.get(0).ascending() ? " >= " : " <= ") + param(0) + " and ("
                + expansion + ")";
    }

    static String orderBy(String alias, List<Sort> order) {
        StringBuilder clause = new StringBuilder(" order by ");
        for (int i = 0; i < order.size(); i++) {
            clause.append(i > 0 ? ", " : "").append(column(alias, order.get(i)))
                    .append(order.get(i).ascending() ? " asc" : " desc");
        }
        return clause.toString();
    }

    static String param(int index) {
        return ":" + PARAMETER + index;
    }

    private static String column(String alias, Sort sort) {
        return alias + "." + sort.property();
    }

    private static String op(Sort sort) {
        return sort.ascending() ? " > " : " < ";
    }
}
