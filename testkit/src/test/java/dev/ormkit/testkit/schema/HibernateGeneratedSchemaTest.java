package dev.ormkit.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.model.Owner;
import dev.ormkit.testkit.model.Pet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The schema Hibernate generates for BaseEntity's columns follows the timestamp rules. */
@PostgresTest(entities = {Owner.class, Pet.class})
class HibernateGeneratedSchemaTest {

    @Test
    void timestampColumnsHibernateGeneratesPassTheTimestampRule(OrmKit orm, DataSource dataSource) {
        assertThat(orm).isNotNull(); // injecting it creates the schema from the mapping
        assertThat(SchemaRules.defaults().check(dataSource))
                .as("Hibernate writes created_at and updated_at as timestamp(6) with time zone")
                .noneMatch(violation -> violation.rule() == SchemaRule.TIMESTAMPS);
    }
}
