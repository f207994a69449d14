package dev.ormkit.core.write;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;
import java.time.Duration;

/** Maps a Duration (an interval column), which the COPY writer does not support. */
@Entity
public class Timer extends BaseEntity {

    private Duration timeout;

    protected Timer() {}

    Timer(Duration timeout) {
        this.timeout = timeout;
    }
}
