package dev.ormkit.core.write;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Every Java type BulkImport supports in both COPY formats, each in its own column; {@code pair} joins twins. */
@Entity
@Table(name = "all_types")
public class AllTypes extends BaseEntity {

    int pair;
    String text;
    Character letter;
    Boolean flag;
    boolean primitiveFlag;
    Byte tiny;
    Short small;
    Integer whole;
    long big;
    Float single;
    Double dbl;
    BigDecimal amount;
    @Column(precision = 30, scale = 10)
    BigDecimal fine;
    BigInteger huge;
    UUID reference;
    Instant instant;
    OffsetDateTime offsetDateTime;
    ZonedDateTime zonedDateTime;
    LocalDateTime localDateTime;
    LocalDate date;
    LocalTime time;
    byte[] bytes;
    @Enumerated(EnumType.STRING)
    Genre genre;
    @Enumerated(EnumType.ORDINAL)
    Genre shelf;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> attributes;
    @Embedded
    Address address;
    @ManyToOne(fetch = FetchType.LAZY)
    Author author;

    protected AllTypes() {}

    AllTypes(int pair) {
        this.pair = pair;
    }
}
