package dev.ormkit.softdelete.internal;

import java.util.Map;
import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.engine.spi.FilterDefinition;

/**
 * Defines the two filters soft delete works with. "Live" is enabled in every session and does not apply to
 * loads by key, so lazy to-one references to deleted rows still load (find is handled by a LOAD listener).
 */
public final class SoftDeleteFilterDefinitions implements AdditionalMappingContributor {

    @Override
    public String getContributorName() {
        return "ormkit-soft-delete";
    }

    @Override
    public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
            ResourceStreamLocator resources, MetadataBuildingContext context) {
        if (metadata.getFilterDefinition(SoftDeleteState.LIVE_FILTER) == null) {
            metadata.addFilterDefinition(new FilterDefinition(SoftDeleteState.LIVE_FILTER, "deleted_at is null",
                    true, false, Map.of(), Map.of()));
            metadata.addFilterDefinition(new FilterDefinition(SoftDeleteState.ONLY_DELETED_FILTER,
                    "deleted_at is not null", false, false, Map.of(), Map.of()));
        }
    }
}
