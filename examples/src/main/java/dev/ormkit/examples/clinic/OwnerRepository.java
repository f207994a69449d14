package dev.ormkit.examples.clinic;

import dev.ormkit.core.fetch.FetchPlan;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.Page;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/** The clinic's owners: an ormkit repository with the queries the clinic needs. */
public final class OwnerRepository extends EntityRepository<Owner> {

    /** What an owner page shows: the owner, the pets, and each pet's visits. */
    public static final FetchPlan WITH_PETS_AND_VISITS = FetchPlan.of("pets.visits");

    public OwnerRepository(Supplier<? extends EntityManager> entityManager) {
        super(Owner.class, entityManager);
    }

    /** Owners by name, numbered pages, with pets and visits loaded. */
    public Page<Owner> byName(PageRequest request) {
        return page(QuerySpec.<Owner>all().orderBy(Sort.asc("name")).fetch(WITH_PETS_AND_VISITS), request);
    }

    /** Owners by name, keyset pages (fast at any depth), with pets and visits loaded. */
    public CursoredPage<Owner> scrollByName(PageRequest request) {
        return scroll(QuerySpec.<Owner>all().orderBy(Sort.asc("name")).fetch(WITH_PETS_AND_VISITS), request);
    }

    /** How many live owners live in a city. */
    public long countIn(String city) {
        return count(QuerySpec.<Owner>where("e.city = :city").bind("city", city));
    }
}
