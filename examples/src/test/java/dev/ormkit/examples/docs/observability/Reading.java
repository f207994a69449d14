package dev.ormkit.examples.docs.observability;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;

/** A meter reading, the bulk-imported row of docs/observability.md's progress example. */
@Entity
public class Reading extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private double reading;

    protected Reading() {}

    public Reading(double reading) {
        this.reading = reading;
    }

    public double getReading() {
        return reading;
    }
}
