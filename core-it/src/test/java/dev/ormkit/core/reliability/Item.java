package dev.ormkit.core.reliability;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The reliability tests' entity: a group number and a free-text label, indexed for keyset paging. */
@Entity
@Table(indexes = @Index(name = "item_label_id", columnList = "label, id"))
public class Item extends BaseEntity {

    private int grp;

    @Column(length = 100_000)
    private String label;

    protected Item() {}

    public Item(int grp, String label) {
        this.grp = grp;
        this.label = label;
    }

    public int getGrp() {
        return grp;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
