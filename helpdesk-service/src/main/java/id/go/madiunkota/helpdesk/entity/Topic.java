package id.go.madiunkota.helpdesk.entity;

/**
 * The catalogue of consultation topics of the LPSE helpdesk; their labels in Bahasa Indonesia and English are the
 * words {@code enum.Topic.<CONSTANT>} of the message catalogues.
 */
public enum Topic {
    REGISTRATION_VERIFICATION, USER_ID_PASSWORD, TENDER, NON_TENDER, E_CATALOGUE, SIKAP, TECHNICAL_ERROR, OTHER
}
