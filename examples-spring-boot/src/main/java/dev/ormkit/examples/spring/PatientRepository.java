package dev.ormkit.examples.spring;

import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * An ormkit repository on Spring's shared, transaction-bound EntityManager. A {@code @Component}: a
 * {@code @Repository} gets a CGLIB proxy for exception translation, which cannot proxy its final methods.
 */
@Component
public class PatientRepository extends EntityRepository<Patient> {

    public PatientRepository(EntityManager entityManager) {
        super(Patient.class, () -> entityManager);
    }

    public CursoredPage<Patient> bySpecies(String species, PageRequest request) {
        return scroll(QuerySpec.<Patient>where("e.species = :species").bind("species", species)
                .orderBy(Sort.asc("name")), request);
    }
}
