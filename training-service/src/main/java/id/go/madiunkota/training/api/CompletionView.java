package id.go.madiunkota.training.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recorded completion.
 *
 * @param registration the completed registration
 * @param repeat for "not understood": the registration for the next session of the same audience, or null while none
 *        is scheduled (the participant is then registered as soon as one is)
 */
@Schema(name = "CompletionAnswer")
public record CompletionView(RegistrationView registration, RegistrationView repeat) {
}
