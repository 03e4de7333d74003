package id.go.madiunkota.common.document;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Stores and serves documents of one owner the way a service's resource does. Tests only. */
@Path("/documents-test/{owner}")
@PermitAll
public class DocumentTestResource {

    private final DocumentStore store;

    public DocumentTestResource(DocumentStore store) {
        this.store = store;
    }

    @PUT
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public StoredDocument upload(@PathParam("owner") String owner,
            @RestForm(DocumentUploads.PART) FileUpload file) {
        try (DocumentUploads.Upload upload = DocumentUploads.open(file)) {
            store.deleteAll(owner);
            return store.store(owner, upload.declaredName(), upload.content(), "tester");
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<StoredDocument> list(@PathParam("owner") String owner) {
        return store.list(owner);
    }

    @GET
    @Path("/{id}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    public Response download(@PathParam("owner") String owner, @PathParam("id") UUID id) {
        return store.read(id).filter(found -> found.document().owner().equals(owner))
                .map(DocumentUploads::download)
                .orElseThrow(() -> DocumentRefusedException.notFound(id));
    }
}
