package dev.ormkit.core.write;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Every column type the bulk import must write. */
@Entity
public class Book extends BaseEntity {

    public enum Genre { NOVEL, ESSAY, POETRY }

    public enum Format { HARDCOVER, PAPERBACK }

    @Embeddable
    public record Dimensions(int widthMm, int heightMm) {}

    @Column(unique = true)
    private String isbn;

    private String title;

    private BigDecimal price;

    @Enumerated(EnumType.STRING)
    private Genre genre;

    @Enumerated(EnumType.ORDINAL)
    private Format format;

    private boolean inPrint;

    private long copies;

    private LocalDate published;

    private OffsetDateTime announced;

    @Embedded
    private Dimensions dimensions;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> attributes;

    @ManyToOne(fetch = FetchType.LAZY)
    private Author author;

    protected Book() {}

    public Book(String isbn, String title, BigDecimal price, Genre genre, Format format, boolean inPrint, long copies,
            LocalDate published, OffsetDateTime announced, Dimensions dimensions, Map<String, Object> attributes,
            Author author) {
        this.isbn = isbn;
        this.title = title;
        this.price = price;
        this.genre = genre;
        this.format = format;
        this.inPrint = inPrint;
        this.copies = copies;
        this.published = published;
        this.announced = announced;
        this.dimensions = dimensions;
        this.attributes = attributes;
        this.author = author;
    }

    /** Every attribute but the id and ormkit's columns, for round-trip comparisons. */
    public java.util.List<Object> values() {
        return java.util.Arrays.asList(isbn, title, price, genre, format, inPrint, copies, published,
                announced == null ? null : announced.toInstant(), dimensions, attributes,
                author == null ? null : author.getId());
    }
}
