package dev.ormkit.softdelete.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Function;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.sql.exec.internal.AbstractJdbcParameter;
import org.hibernate.sql.exec.spi.ExecutionContext;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;

/**
 * A JDBC parameter whose value is computed when the statement runs, not when it is translated. Hibernate caches
 * the translation of a bulk statement (and the query plan holding it) across executions, so a value written into
 * the SQL AST as a literal would keep the time of the first execution; this one asks the clock (or the actor
 * provider) at every execution, and the caller binds nothing for it.
 */
final class ExecutionValueParameter extends AbstractJdbcParameter {

    private final Function<ExecutionContext, Object> value;

    ExecutionValueParameter(JdbcMapping jdbcMapping, Function<ExecutionContext, Object> value) {
        super(jdbcMapping);
        this.value = value;
    }

    @Override
    public void bindParameterValue(PreparedStatement statement, int startPosition, JdbcParameterBindings bindings,
            ExecutionContext executionContext) throws SQLException {
        JdbcMapping mapping = getJdbcMapping();
        Object relational = mapping.convertToRelationalValue(value.apply(executionContext));
        bindParameterValue(mapping, statement, relational, startPosition, executionContext);
    }
}
