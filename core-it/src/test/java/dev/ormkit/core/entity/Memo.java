package dev.ormkit.core.entity;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;
import org.hibernate.annotations.DynamicUpdate;

/** Hibernate writes only the dirty columns of a dynamic-update entity. */
@Entity
@DynamicUpdate
public class Memo extends BaseEntity {

    private String text;

    protected Memo() {}

    Memo(String text) {
        this.text = text;
    }

    void setText(String text) {
        this.text = text;
    }
}
