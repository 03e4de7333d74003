package id.go.madiunkota.verification.rest;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.privacy.AuditorMask;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.verification.api.ProviderBodies;
import id.go.madiunkota.verification.api.ProviderStatusView;
import id.go.madiunkota.verification.api.ProviderView;
import id.go.madiunkota.verification.api.RegisterProvider;
import id.go.madiunkota.verification.entity.ProviderStatus;
import id.go.madiunkota.verification.service.ProviderService;
import id.go.madiunkota.verification.service.RegistrationStatusService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Providers: the online registration and its status by reference (anonymous), reading (verifier, auditor), suspension
 * (admin).
 */
@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Penyedia barang/jasa yang mendaftar secara online di SPSE")
public class ProviderResource {

    private final ProviderService providers;
    private final RegistrationStatusService statuses;
    private final SecurityIdentity identity;

    public ProviderResource(ProviderService providers, RegistrationStatusService statuses,
            SecurityIdentity identity) {
        this.providers = providers;
        this.statuses = statuses;
        this.identity = identity;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a provider online (pending verification in person)",
            description = "Anonymous. One provider per NPWP: the old 15-digit and the 16-digit form of the same "
                    + "number are the same provider (409). Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the provider, "
            + "registrationReference is the code to read the status with",
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; errors[] names each",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = id.go.madiunkota.common.problem.Problem.class)))
    @APIResponse(responseCode = "409", description = "A provider with this NPWP is already registered",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = id.go.madiunkota.common.problem.Problem.class)))
    public Response register(@Valid @NotNull RegisterProvider body, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        ProviderView provider = ProviderMapper.toView(providers.register(body,
                MailLanguage.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
        return Response.created(uri.getAbsolutePathBuilder().path(provider.id().toString()).build())
                .entity(provider).build();
    }

    @GET
    @Path("/status/{reference}")
    @PermitAll
    @Operation(summary = "The status of a registration by its reference, without personal data",
            description = "Anonymous: whoever holds the reference given at the online registration (such as "
                    + "K7QX2-MB9TD; letters in any case) sees where the registration stands and, after a rejected "
                    + "verification, the documents to bring. No NPWP, NIK, director, phone, e-mail or address; no "
                    + "company name for an individual business.")
    @APIResponse(responseCode = "200", description = "The registration's status",
            content = @Content(schema = @Schema(implementation = ProviderStatusView.class)))
    @APIResponse(responseCode = "404", description = "No registration has this reference (or it is not one)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = id.go.madiunkota.common.problem.Problem.class)))
    public ProviderStatusView status(@Parameter(description = "The registration reference, such as K7QX2-MB9TD",
            example = "K7QX2-MB9TD") @PathParam("reference") @Size(max = 40) String reference) {
        return ProviderMapper.toStatus(statuses.status(reference));
    }

    @GET
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List providers, newest registration first",
            description = "The auditor sees e-mail, phone and address masked.")
    @APIResponse(responseCode = "200", description = "One page of providers",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    public PageView<ProviderView> list(
            @Parameter(description = "Only the provider with this NPWP (15 or 16 digits, or 99.999.999.9-999.999)")
            @QueryParam("npwp") @Size(max = 30) String npwp,
            @Parameter(description = "Only this status") @QueryParam("status") ProviderStatus status,
            @BeanParam PageParams paging) {
        PageView<ProviderView> found = providers.list(npwp, status, paging).map(ProviderMapper::toView);
        return AuditorMask.appliesTo(identity, Roles.VERIFIER) ? found.map(ProviderView::masked) : found;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One provider, NPWP and NIK masked",
            description = "The auditor sees e-mail, phone and address masked too.")
    @APIResponse(responseCode = "200", description = "The provider",
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    public ProviderView get(@Parameter(description = "The provider's id") @PathParam("id") UUID id) {
        ProviderView provider = ProviderMapper.toView(providers.get(id));
        return AuditorMask.appliesTo(identity, Roles.VERIFIER) ? provider.masked() : provider;
    }

    @POST
    @Path("/{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Suspend a provider (REGISTERED or ACTIVE → SUSPENDED)",
            description = "The reason code goes into the ProviderSuspended event; the note stays here.")
    @APIResponse(responseCode = "200", description = "The provider, now suspended",
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    public ProviderView suspend(@Parameter(description = "The provider's id") @PathParam("id") UUID id,
            @Valid @NotNull ProviderBodies.Suspension body) {
        return ProviderMapper.toView(providers.suspend(id, body, Caller.of(identity)));
    }
}
