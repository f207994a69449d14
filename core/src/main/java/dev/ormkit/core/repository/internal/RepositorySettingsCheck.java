package dev.ormkit.core.repository.internal;

import dev.ormkit.core.internal.SettingsCheck;
import java.util.Map;

/** Refuses invalid repository settings ({@code ormkit.max_page_size}, the cursor secret, …) at {@code build()}. */
public final class RepositorySettingsCheck implements SettingsCheck {

    @Override
    public void check(Map<String, Object> properties) {
        RepositorySettings.from(properties);
    }
}
