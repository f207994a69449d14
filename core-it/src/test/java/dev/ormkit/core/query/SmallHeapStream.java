package dev.ormkit.core.query;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.core.repository.EntityRepository;
import java.util.stream.Stream;

/** Run in a child JVM with a small heap by {@link QuerySafetyTest}: streams every owner and prints the count. */
final class SmallHeapStream {

    private SmallHeapStream() {}

    public static void main(String[] args) {
        try (OrmKit orm = OrmKit.builder().jdbcUrl(args[0]).username(args[1]).password(args[2]).maximumPoolSize(1)
                .entities(Owner.class, Pet.class, Visit.class).build()) {
            long rows = orm.fromTransaction(session -> {
                try (Stream<Owner> owners = new EntityRepository<>(Owner.class, () -> session)
                        .stream(QuerySpec.all(), 1000)) {
                    return owners.count();
                }
            });
            System.out.println("streamed=" + rows + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }
}
