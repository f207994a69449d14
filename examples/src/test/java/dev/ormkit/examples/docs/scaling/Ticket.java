package dev.ormkit.examples.docs.scaling;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

// tag::mapping[]
@Entity
@Table(indexes = {@Index(name = "ticket_tenant_board", columnList = "tenant_id, board_id"),
                  @Index(name = "ticket_tenant_title", columnList = "tenant_id, title, id")})
public class Ticket extends SoftDeletableEntity {
// end::mapping[]

    private static final long serialVersionUID = 1L;
// tag::mapping[]

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;          // String, UUID, Long, ...: the same type in every entity

    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;
// end::mapping[]

    protected Ticket() {}

    public Ticket(Board board, String title) {
        this.board = board;
        this.title = title;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getTitle() {
        return title;
    }
// tag::mapping[]
}
// end::mapping[]
