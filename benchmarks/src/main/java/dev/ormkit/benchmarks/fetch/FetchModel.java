package dev.ormkit.benchmarks.fetch;

import dev.ormkit.core.BaseEntity;
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
