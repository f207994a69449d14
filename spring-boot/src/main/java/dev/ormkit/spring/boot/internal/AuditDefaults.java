package dev.ormkit.spring.boot.internal;

import dev.ormkit.audit.Auditing;
import dev.ormkit.audit.AuditorProvider;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

/**
 * The audit module's actor in a Boot application: the application's {@link AuditorProvider} bean, else the
 * signed-in Spring Security user, else the system actor. Only loaded when ormkit-audit is on the class path.
 */
public final class AuditDefaults implements HibernatePropertiesCustomizer {

    private final ObjectProvider<AuditorProvider> beans;
    private final @Nullable AuditorProvider security;
    private final String systemActor;

    public AuditDefaults(ObjectProvider<AuditorProvider> beans, @Nullable AuditorProvider security,
            String systemActor) {
        this.beans = beans;
        this.security = security;
        this.systemActor = systemActor;
    }

    /** Whether the signed-in Spring Security user is asked when there is no {@link AuditorProvider} bean. */
    public boolean usesSpringSecurity() {
        return security != null;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        properties.putIfAbsent(Auditing.AUDITOR_PROVIDER, new SpringAuditor(beans, security));
        properties.putIfAbsent(Auditing.SYSTEM_ACTOR, systemActor);
    }
}
