package dev.ormkit.benchmarks.write;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An ormkit entity: v7 id assigned in Java, timestamps, version. */
@Entity
@Table(name = "reading")
public class Reading extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String sensor;
    private double value;
    private Instant takenAt;
    private String note;

    protected Reading() {}

    public Reading(String sensor, double value, Instant takenAt, String note) {
        this.sensor = sensor;
        this.value = value;
        this.takenAt = takenAt;
        this.note = note;
    }
}
