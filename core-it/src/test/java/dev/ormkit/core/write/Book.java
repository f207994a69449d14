package dev.ormkit.core.write;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Book extends BaseEntity {

    private String title;
    private BigDecimal price;
    private int pages;
    private Boolean available;
    private LocalDate published;

    @Enumerated(EnumType.STRING)
    private Genre genre;

    @Enumerated(EnumType.ORDINAL)
    private Genre shelf;

    @ManyToOne(fetch = FetchType.LAZY)
    private Author author;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> attributes;

    @Embedded
    private Address publisher;

    /** Set by a @PrePersist callback: must reach the row on every write path. */
    private String slug;

    protected Book() {}

    Book(String title) {
        this.title = title;
    }

    @PrePersist
    void makeSlug() {
        if (slug == null && title != null) {
            slug = "s-" + title.length();
        }
    }

    Book with(BigDecimal price, int pages, Boolean available, LocalDate published, Genre genre, Genre shelf,
            Author author, Map<String, Object> attributes, Address publisher) {
        this.price = price;
        this.pages = pages;
        this.available = available;
        this.published = published;
        this.genre = genre;
        this.shelf = shelf;
        this.author = author;
        this.attributes = attributes;
        this.publisher = publisher;
        return this;
    }

    String getTitle() { return title; }
    void setTitle(String title) { this.title = title; }
    BigDecimal getPrice() { return price; }
    int getPages() { return pages; }
    Boolean getAvailable() { return available; }
    LocalDate getPublished() { return published; }
    Genre getGenre() { return genre; }
    Genre getShelf() { return shelf; }
    Author getAuthor() { return author; }
    Map<String, Object> getAttributes() { return attributes; }
    Address getPublisher() { return publisher; }
    String getSlug() { return slug; }
}
