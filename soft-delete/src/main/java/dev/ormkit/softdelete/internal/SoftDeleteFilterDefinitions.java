package dev.ormkit.softdelete.internal;

import java.util.Map;
import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.engine.spi.FilterDefinition;

/**
 * Defines the filters soft delete works with ({@link VisibilityFilters}). None is enabled by default; none
 * applies to loads by key, so lazy to-one references to deleted rows still load (find is handled by a LOAD
 * listener).
 */
public final class SoftDeleteFilterDefinitions implements AdditionalMappingContributor {

    @Override
    public String getContributorName() {
        return "ormkit-soft-delete";
    }

    @Override
    public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
            ResourceStreamLocator resources, MetadataBuildingContext context) {
        if (metadata.getFilterDefinition(VisibilityFilters.LIVE) == null) {
            metadata.addFilterDefinition(new FilterDefinition(VisibilityFilters.LIVE, "deleted_at is null",
                    false, false, Map.of(), Map.of()));
            metadata.addFilterDefinition(new FilterDefinition(VisibilityFilters.ALL, SoftDeleteIntegrator.ALWAYS,
                    false, false, Map.of(), Map.of()));
            metadata.addFilterDefinition(new FilterDefinition(VisibilityFilters.ONLY_DELETED,
                    "deleted_at is not null", false, false, Map.of(), Map.of()));
        }
    }
}
