package dev.ormkit.core.clinic;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;

@Entity
public class VetAppointment extends BaseEntity {

    private OffsetDateTime scheduledAt;

    @Column(unique = true)
    private String confirmationCode;

    protected VetAppointment() {}

    public VetAppointment(OffsetDateTime scheduledAt, String confirmationCode) {
        this.scheduledAt = scheduledAt;
        this.confirmationCode = confirmationCode;
    }

    public OffsetDateTime getScheduledAt() {
        return scheduledAt;
    }
}
