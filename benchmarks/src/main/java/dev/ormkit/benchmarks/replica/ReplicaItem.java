package dev.ormkit.benchmarks.replica;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A row read by the replica benchmarks. */
@Entity
@Table(name = "replica_item", indexes = @Index(name = "replica_item_name_id", columnList = "name, id"))
public class ReplicaItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int score;

    protected ReplicaItem() {}

    public ReplicaItem(String name, int score) {
        this.name = name;
        this.score = score;
    }

    public String getName() {
        return name;
    }

    public int getScore() {
        return score;
    }
}
