package dev.ormkit.examples.spring;

import dev.ormkit.audit.ChangeLog;
import dev.ormkit.core.fetch.FetchPlan;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST face of the clinic: keyset pages of patients with their vets loaded by a fetch plan, a soft delete
 * recorded with the signed-in user, and a patient's change log. No ormkit wiring: the starter did it.
 */
@RestController
@RequestMapping("/patients")
public class PatientController {

    private final PatientRepository patients;
    private final EntityManager entityManager;

    public PatientController(PatientRepository patients, EntityManager entityManager) {
        this.patients = patients;
        this.entityManager = entityManager;
    }

    /** One page of a species, by name; {@code next} is the signed cursor of the next page, absent on the last. */
    public record PatientPage(List<PatientView> patients, String next) {}

    /** What the API shows of a patient. */
    public record PatientView(UUID id, String name, String species, String vet) {}

    /** What the API shows of a change-log entry. */
    public record ChangeView(String action, String actor, Instant at, String changes) {}

    @GetMapping
    @Transactional(readOnly = true)
    public PatientPage bySpecies(@RequestParam String species, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String cursor) {
        PageRequest request = cursor == null ? PageRequest.ofSize(size) : PageRequest.ofSize(size).afterCursor(cursor);
        CursoredPage<Patient> page = patients.scroll(QuerySpec.<Patient>where("e.species = :species")
                .bind("species", species).orderBy(Sort.asc("name")).fetch(FetchPlan.of("vet")), request);
        List<PatientView> views = page.content().stream().map(patient -> new PatientView(patient.getId(),
                patient.getName(), patient.getSpecies(), patient.getVet() == null ? null : patient.getVet().getName()))
                .toList();
        return new PatientPage(views, page.nextPageRequest().flatMap(PageRequest::cursor).orElse(null));
    }

    /** Soft-deletes the patient: the row stays, with deleted_at and deleted_by (the signed-in user). */
    @DeleteMapping("/{id}")
    @Transactional
    public ResponseEntity<Void> delete(@PathVariable UUID id) {
        return patients.find(id).map(patient -> {
            patients.delete(patient);
            return ResponseEntity.noContent().<Void>build();
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Who changed the patient, when, and what, oldest first. */
    @GetMapping("/{id}/history")
    @Transactional(readOnly = true)
    public List<ChangeView> history(@PathVariable UUID id) {
        return ChangeLog.history(entityManager, Patient.class, id, PageRequest.ofSize(100)).stream()
                .map(change -> new ChangeView(change.action().name(), change.actor(), change.at(), change.changes()))
                .toList();
    }
}
