package dev.ormkit.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BaseEntityTest {

    @Test
    void idIsAVersion7UuidAssignedAtConstruction() {
        Owner owner = new Owner("Ada", "London");

        assertThat(owner.getId()).isNotNull();
        assertThat(owner.getId().version()).isEqualTo(7);
        assertThat(owner.getId().variant()).isEqualTo(2);
    }

    @Test
    void idsAreStrictlyIncreasingWithinAMillisecond() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(new Owner("o", "c").getId());
        }

        for (int i = 1; i < ids.size(); i++) {
            assertThat(unsigned(ids.get(i))).as("id %d after id %d", i, i - 1).isGreaterThan(unsigned(ids.get(i - 1)));
        }
        long millisecondsSpanned = timestamp(ids.get(ids.size() - 1)) - timestamp(ids.get(0));
        assertThat(millisecondsSpanned).as("many ids share a millisecond").isLessThan(ids.size() / 2);
    }

    @Test
    void newEntityHasNoVersionNorTimestamps() {
        Owner owner = new Owner("Ada", "London");

        assertThat(owner.isNew()).isTrue();
        assertThat(owner.getVersion()).isNull();
        assertThat(owner.getCreatedAt()).isNull();
        assertThat(owner.getUpdatedAt()).isNull();
    }

    @Test
    void equalityIsByIdAndClass() {
        Owner owner = new Owner("Ada", "London");
        Owner other = new Owner("Ada", "London");

        assertThat(owner).isEqualTo(owner).isNotEqualTo(other).isNotEqualTo(null).isNotEqualTo("Ada");
        Set<Object> set = new HashSet<>();
        set.add(owner);
        owner.setName("Ada Lovelace");
        assertThat(set).contains(owner);
        assertThat(owner.hashCode()).isEqualTo(owner.getId().hashCode());
    }

    @Test
    void entitiesOfDifferentClassesAreNeverEqual() {
        Owner owner = new Owner("Ada", "London");
        Pet pet = new Pet(owner, "Rex");

        assertThat(pet).isNotEqualTo(owner);
    }

    @Test
    void toStringShowsTypeAndIdOnly() {
        Owner owner = new Owner("Ada Secret", "London");

        assertThat(owner.toString()).isEqualTo("Owner[" + owner.getId() + "]").doesNotContain("Secret");
    }

    private static String unsigned(UUID id) {
        return id.toString();
    }

    private static long timestamp(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }
}
