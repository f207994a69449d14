package dev.ormkit.softdelete;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.BaseEntity;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class MappingValidationTest {

    @Entity(name = "Album")
    static class Album extends SoftDeletableEntity {
        @OneToMany(mappedBy = "album", cascade = CascadeType.ALL)
        List<Photo> photos = new ArrayList<>();
    }

    @Entity(name = "Photo")
    static class Photo extends BaseEntity {
        @ManyToOne
        Album album;
    }

    @Test
    void cascadingRemoveFromASoftDeletableEntityToAPlainOneFailsAtBoot(TestDatabase db) {
        assertThatThrownBy(() -> OrmKit.builder().jdbcUrl(db.jdbcUrl()).username(db.username()).password(db.password())
                .entities(Album.class, Photo.class).build())
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("entity Album ")
                .hasMessageNotContaining("$")
                .hasMessageContaining("'photos'")
                .hasMessageContaining("Photo")
                .hasMessageContaining("not soft-deletable");
    }
}
