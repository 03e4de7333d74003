package id.go.madiunkota.common.privacy;

import id.go.madiunkota.common.problem.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Stores and finds people by NIK the way a service does: validated, encrypted, hashed, shown masked. Tests only. */
@Path("/privacy-test/people")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PrivacyTestResource {

    public record NewPerson(@NotBlank @Size(max = 100) String name, @NotNull @ValidNik String nik,
            @ValidNpwp String npwp) {
    }

    public record PersonView(UUID id, String name, Nik nik, Npwp npwp) {
        static PersonView of(TestPerson person) {
            return new PersonView(person.id(), person.name(), person.nik(), person.npwp());
        }
    }

    private final EntityManager entityManager;
    private final PersonalDataCipher cipher;

    public PrivacyTestResource(EntityManager entityManager, PersonalDataCipher cipher) {
        this.entityManager = entityManager;
        this.cipher = cipher;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response add(@Valid @NotNull NewPerson body, @Context UriInfo uri) {
        Nik nik = new Nik(body.nik());
        TestPerson person = new TestPerson(body.name(), nik, cipher.lookupHash(nik.value()),
                body.npwp() == null ? null : new Npwp(body.npwp()));
        entityManager.persist(person);
        return Response.created(uri.getAbsolutePathBuilder().path(person.id().toString()).build())
                .entity(PersonView.of(person)).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public PersonView get(@PathParam("id") UUID id) {
        TestPerson person = entityManager.find(TestPerson.class, id);
        if (person == null) {
            throw DomainException.notFound("Person", id);
        }
        return PersonView.of(person);
    }

    @GET
    @Transactional
    public List<PersonView> findByNik(@QueryParam("nik") String nik) {
        return entityManager.createQuery("from TestPerson where nikHash = :hash", TestPerson.class)
                .setParameter("hash", cipher.lookupHash(nik)).getResultStream().map(PersonView::of).toList();
    }
}
