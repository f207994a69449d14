package dev.ormkit.benchmarks.fetch;

import dev.ormkit.core.BaseEntity;
import dev.ormkit.core.OrmKit;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/** A parent with two collections: the shape where naive loading multiplies statements or rows. */
public final class FetchModel {

    private FetchModel() {}

    /** Index statements of the model's sort key and foreign keys, for {@code BenchmarkDatabase.execute}. */
    public static final String[] INDEXES = {"create index parent_name_id on parent (name, id)",
        "create index child_parent on child (parent_id)", "create index phone_parent on phone (parent_id)"};

    /** Inserts {@code parents} parents named "parent NNNNN", each with three children and three phones. */
    public static void seed(OrmKit orm, int parents) {
        orm.inTransaction(session -> {
            for (int i = 0; i < parents; i++) {
                Parent parent = new Parent(String.format("parent %05d", i));
                session.persist(parent);
                for (int c = 0; c < 3; c++) {
                    session.persist(new Child(parent, "child " + c));
                    session.persist(new Phone(parent, "555-" + i + c));
                }
            }
        });
    }

    @Entity(name = "Parent")
    @Table(name = "parent")
    public static class Parent extends BaseEntity {

        private static final long serialVersionUID = 1L;
        public String name;
        @OneToMany(mappedBy = "parent")
        public Set<Child> children = new LinkedHashSet<>();
        @OneToMany(mappedBy = "parent")
        public Set<Phone> phones = new LinkedHashSet<>();

        protected Parent() {}

        public Parent(String name) {
            this.name = name;
        }
    }

    @Entity(name = "Child")
    @Table(name = "child")
    public static class Child extends BaseEntity {

        private static final long serialVersionUID = 1L;
        public String name;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "parent_id")
        public Parent parent;

        protected Child() {}

        public Child(Parent parent, String name) {
            this.parent = parent;
            this.name = name;
        }
    }

    @Entity(name = "Phone")
    @Table(name = "phone")
    public static class Phone extends BaseEntity {

        private static final long serialVersionUID = 1L;
        public String number;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "parent_id")
        public Parent parent;

        protected Phone() {}

        public Phone(Parent parent, String number) {
            this.parent = parent;
            this.number = number;
        }
    }
}
