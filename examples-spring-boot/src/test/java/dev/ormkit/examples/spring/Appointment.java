package dev.ormkit.examples.spring;

import dev.ormkit.audit.AuditedSoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An audited, soft-deletable entity with a plain Spring Data repository, for the delete-route tests. */
@Entity
@Table(name = "appointment")
public class Appointment extends AuditedSoftDeletableEntity {

    private String room;

    protected Appointment() {}

    public Appointment(String room) {
        this.room = room;
    }

    public String getRoom() {
        return room;
    }
}
