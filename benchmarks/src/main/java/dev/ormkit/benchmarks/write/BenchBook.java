package dev.ormkit.benchmarks.write;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The benchmark row: uuid key, text, numeric, int, enum as text, date, two timestamptz, version. */
@Entity
@Table(name = "bench_book")
public class BenchBook extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Kinds of book. */
    public enum Kind { NOVEL, POETRY }

    private @Nullable String title;
    private @Nullable BigDecimal price;
    private int pages;

    @Enumerated(EnumType.STRING)
    private @Nullable Kind kind;

    private @Nullable LocalDate published;

    /** For Hibernate. */
    protected BenchBook() {}

    /** A book with values derived from {@code i}. */
    public BenchBook(int i) {
        this.title = "Book number " + i;
        this.price = BigDecimal.valueOf(i % 10_000, 2);
        this.pages = i % 1000;
        this.kind = i % 2 == 0 ? Kind.NOVEL : Kind.POETRY;
        this.published = LocalDate.of(2000 + i % 25, 1 + i % 12, 1 + i % 28);
    }

    @Nullable String title() { return title; }
    @Nullable BigDecimal price() { return price; }
    int pages() { return pages; }
    @Nullable Kind kind() { return kind; }
    @Nullable LocalDate published() { return published; }
}
