package dev.ormkit.benchmarks.paging;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of the 1M-row paging table. */
@Entity
@Table(name = "book")
public class Book extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int pages;

    protected Book() {}

    public String getTitle() {
        return title;
    }

    public int getPages() {
        return pages;
    }
}
