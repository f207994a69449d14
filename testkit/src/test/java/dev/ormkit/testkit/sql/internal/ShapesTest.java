package dev.ormkit.testkit.sql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShapesTest {

    private static String hint(String sql) {
        return Shapes.likelyAssociation(Shapes.of(sql));
    }

    @Test
    void findsTheKeyWhereverItStandsInTheCondition() {
        assertThat(hint("select p1_0.id from pet p1_0 where p1_0.owner_id=?")).startsWith("pet.owner_id: a lazy collection");
        assertThat(hint("select p1_0.id from pet p1_0 where p1_0.deleted_at is null and p1_0.owner_id=?"))
                .startsWith("pet.owner_id: a lazy collection");
        assertThat(hint("select p1_0.id from pet p1_0 where (p1_0.deleted_at is null) and p1_0.owner_id = any (?)"))
                .startsWith("pet.owner_id: a lazy collection");
        assertThat(hint("select p1_0.id from pet p1_0 where p1_0.deleted_at is null and p1_0.owner_id in (?, ?)"))
                .startsWith("pet.owner_id: a lazy collection");
        assertThat(hint("select o1_0.id from owner o1_0 where o1_0.deleted_at is null and o1_0.id=?"))
                .startsWith("owner loaded by id, one row at a time");
    }

    @Test
    void aComparisonWithAnotherColumnOrAnotherAliasIsNoKey() {
        assertThat(hint("select p1_0.id from pet p1_0 join owner o1_0 on o1_0.id=p1_0.owner_id where o1_0.name=?"))
                .startsWith("unknown");
        assertThat(hint("select p1_0.id from pet p1_0 where p1_0.name=p1_0.nickname")).startsWith("unknown");
    }
}
