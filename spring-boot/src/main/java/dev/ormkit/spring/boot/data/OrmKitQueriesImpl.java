package dev.ormkit.spring.boot.data;

import dev.ormkit.core.BaseEntity;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.Page;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.data.repository.core.RepositoryMethodContext;
import org.springframework.data.repository.core.support.RepositoryMetadataAccess;

/**
 * The implementation of {@link OrmKitQueries}, found by Spring Data through its name. It learns the repository's
 * domain type from the call ({@link RepositoryMetadataAccess}) and runs ormkit's {@link EntityRepository} on the
 * shared {@code EntityManager} Spring injects.
 *
 * @param <T> the repository's domain type
 */
public class OrmKitQueriesImpl<T> implements OrmKitQueries<T>, RepositoryMetadataAccess {

    private final EntityManager entityManager;

    /** Created by Spring Data with Spring's shared {@code EntityManager}. */
    public OrmKitQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public CursoredPage<T> scroll(QuerySpec<? super T> spec, PageRequest request) {
        return repository().scroll((QuerySpec) spec, request);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Page<T> page(QuerySpec<? super T> spec, PageRequest request) {
        return repository().page((QuerySpec) spec, request);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<T> list(QuerySpec<? super T> spec) {
        return repository().list((QuerySpec) spec);
    }

    /** ormkit's repository for the domain type of the repository method being called. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private EntityRepository repository() {
        Class<?> type = RepositoryMethodContext.getContext().getMetadata().getDomainType();
        if (!BaseEntity.class.isAssignableFrom(type)) {
            throw new OrmKitConfigurationException("OrmKitQueries needs a repository whose domain type extends "
                    + "BaseEntity, but " + type.getSimpleName() + " does not. Extend BaseEntity (or one of ormkit's "
                    + "entity base classes), or remove OrmKitQueries from that repository.");
        }
        return new EntityRepository(type, () -> entityManager);
    }
}
