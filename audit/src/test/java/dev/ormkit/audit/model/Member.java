package dev.ormkit.audit.model;

import dev.ormkit.audit.AuditedSoftDeletableEntity;
import dev.ormkit.audit.ChangeLogged;
import jakarta.persistence.Entity;

@Entity
@ChangeLogged
public class Member extends AuditedSoftDeletableEntity {

    private String name;

    protected Member() {}

    public Member(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
