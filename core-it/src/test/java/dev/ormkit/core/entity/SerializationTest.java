package dev.ormkit.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.testkit.PostgresTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Entities survive Java serialization (HTTP session stores, caches, test tools) with their identity. */
@PostgresTest(entities = {Owner.class, Pet.class, Visit.class})
class SerializationTest {

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T object) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As an application wrote it: BaseEntity's constructor used to run again and give the copy a new id. */
    static class Note extends dev.ormkit.core.BaseEntity implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void anEntityDeclaringSerializableItselfKeepsItsId() {
        Note note = new Note();

        assertThat(roundTrip(note).getId()).isEqualTo(note.getId());
        assertThat(roundTrip(note)).isEqualTo(note);
    }

    @Test
    void everyEntityIsSerializable() {
        assertThat(Serializable.class).isAssignableFrom(Owner.class);
    }

    @Test
    void aNewEntityKeepsItsIdAndStaysNew() {
        Owner owner = new Owner("Ada", "London");

        Owner copy = roundTrip(owner);

        assertThat(copy).isNotSameAs(owner).isEqualTo(owner).hasSameHashCodeAs(owner);
        assertThat(copy.getId()).isEqualTo(owner.getId());
        assertThat(copy.isNew()).isTrue();
        assertThat(copy.getName()).isEqualTo("Ada");
    }

    @Test
    void aSavedEntityKeepsIdVersionAndTimestamps(OrmKit orm) {
        UUID id = orm.fromTransaction(session -> {
            Owner owner = new Owner("Grace", "Arlington");
            owner.addPet("Rex");
            session.persist(owner);
            return owner.getId();
        });
        Owner loaded = orm.fromTransaction(session -> session.createSelectionQuery(
                "from Owner o left join fetch o.pets where o.id = :id", Owner.class)
                .setParameter("id", id).getSingleResult());

        Owner copy = roundTrip(loaded);

        assertThat(copy).isEqualTo(loaded);
        assertThat(copy.getId()).isEqualTo(id);
        assertThat(copy.getVersion()).isEqualTo(loaded.getVersion()).isNotNull();
        assertThat(copy.getCreatedAt()).isEqualTo(loaded.getCreatedAt()).isNotNull();
        assertThat(copy.getUpdatedAt()).isEqualTo(loaded.getUpdatedAt()).isNotNull();
        assertThat(copy.isNew()).isFalse();
        assertThat(copy.getPets()).singleElement().isEqualTo(loaded.getPets().get(0));
        assertThat(copy.getPets().get(0).getOwner()).isSameAs(copy);
    }

    @Test
    void anUninitialisedProxyTravelsWithoutLoadingAndEqualsTheEntity(OrmKit orm) {
        UUID ownerId = orm.fromTransaction(session -> {
            Owner owner = new Owner("Barbara", "Boston");
            owner.addPet("Tom");
            session.persist(owner);
            return owner.getId();
        });
        Pet pet = orm.fromTransaction(session -> session.createSelectionQuery(
                "from Pet p where p.owner.id = :id", Pet.class).setParameter("id", ownerId).getSingleResult());
        assertThat(org.hibernate.Hibernate.isInitialized(pet.getOwner())).isFalse();

        Pet copy = roundTrip(pet);

        assertThat(copy).isEqualTo(pet);
        assertThat(copy.getOwner()).isEqualTo(pet.getOwner()).hasToString("Owner[" + ownerId + "]");
        assertThat(copy.getOwner().getId()).isEqualTo(ownerId);
        assertThat(org.hibernate.Hibernate.isInitialized(copy.getOwner())).isFalse();
    }

    @Test
    void aDeserializedCopyMergesAsAnUpdateOfTheSameRow(OrmKit orm) {
        Owner saved = orm.fromTransaction(session -> {
            Owner owner = new Owner("Linus", "Helsinki");
            session.persist(owner);
            return owner;
        });
        Owner copy = roundTrip(saved);
        copy.setName("Linus T.");

        orm.inTransaction(session -> session.merge(copy));

        Owner reloaded = orm.fromTransaction(session -> session.find(Owner.class, saved.getId()));
        assertThat(reloaded.getName()).isEqualTo("Linus T.");
        assertThat(reloaded.getVersion()).isEqualTo(saved.getVersion() + 1);
    }
}
