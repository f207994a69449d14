package dev.ormkit.core.enhanced;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;

/** Bytecode-enhanced by the build, while its superclass, ormkit's BaseEntity, comes unenhanced from the jar. */
@Entity
public class EnhancedSubclassEntity extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private String name = "";

    protected EnhancedSubclassEntity() {}

    public String getName() {
        return name;
    }
}
