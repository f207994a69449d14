package dev.ormkit.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.testkit.PostgresTest;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

@PostgresTest(entities = {Owner.class, Pet.class, Visit.class})
class ProxyEqualityTest {

    @Test
    void proxyEqualsTheEntityWithoutLoadingIt(OrmKit orm) {
        Owner owner = new Owner("Ada", "London");
        orm.inTransaction(session -> session.persist(owner));

        orm.inTransaction(session -> {
            Owner proxy = session.getReference(Owner.class, owner.getId());

            assertThat(proxy).isEqualTo(owner);
            assertThat(owner).isEqualTo(proxy);
            assertThat(proxy.hashCode()).isEqualTo(owner.hashCode());
            assertThat(proxy.toString()).isEqualTo("Owner[" + owner.getId() + "]");
            assertThat(proxy.getId()).isEqualTo(owner.getId());
            assertThat(Hibernate.isInitialized(proxy)).as("equals/hashCode/toString load nothing").isFalse();
        });
    }

    @Test
    void lazyToOneProxyEqualsTheLoadedEntity(OrmKit orm) {
        Owner owner = new Owner("Grace", "Arlington");
        Pet pet = owner.addPet("Rex");
        orm.inTransaction(session -> session.persist(owner));

        orm.inTransaction(session -> {
            Pet loaded = session.find(Pet.class, pet.getId());
            Owner proxy = loaded.getOwner();

            assertThat(Hibernate.isInitialized(proxy)).isFalse();
            assertThat(proxy).isEqualTo(owner);
            assertThat(session.find(Owner.class, owner.getId())).isSameAs(proxy);
        });
    }
}
