package dev.ormkit.audit.model;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;

@Entity
public class Sheet extends BaseEntity {

    private String text;

    protected Sheet() {}

    Sheet(String text) {
        this.text = text;
    }
}
