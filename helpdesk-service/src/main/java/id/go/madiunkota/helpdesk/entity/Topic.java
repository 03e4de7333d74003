package id.go.madiunkota.helpdesk.entity;

/** The catalogue of consultation topics of the LPSE helpdesk, with their labels in Bahasa Indonesia and English. */
public enum Topic {
    REGISTRATION_VERIFICATION("Pendaftaran dan verifikasi penyedia", "Registration and verification"),
    USER_ID_PASSWORD("User ID dan kata sandi", "User ID and password"),
    TENDER("Tender", "Tender"),
    NON_TENDER("Non-tender", "Non-tender"),
    E_CATALOGUE("E-katalog", "E-catalogue"),
    SIKAP("SIKaP (Sistem Informasi Kinerja Penyedia)", "SIKaP (provider performance information system)"),
    TECHNICAL_ERROR("Kendala teknis aplikasi SPSE", "Technical error in SPSE"),
    OTHER("Lainnya", "Other");

    private final String labelId;
    private final String labelEn;

    Topic(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }
}
