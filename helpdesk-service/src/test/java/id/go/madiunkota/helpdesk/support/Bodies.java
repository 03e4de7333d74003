package id.go.madiunkota.helpdesk.support;

import java.util.HashMap;
import java.util.Map;

/** Valid request bodies for tests, as mutable maps so that a test can break one field. */
public final class Bodies {

    public static final String CALLER_NAME = "Agus Prasetyo";
    public static final String CALLER_PHONE = "081234567890";
    public static final String COMPLAINANT_NAME = "Rina Kusuma";
    public static final String COMPLAINANT_PHONE = "081298765432";
    public static final String COMPLAINANT_EMAIL = "rina.kusuma@example.id";

    private Bodies() {
    }

    /** A provider's phone consultation about a locked user ID. */
    public static Map<String, Object> consultation() {
        Map<String, Object> caller = new HashMap<>();
        caller.put("name", CALLER_NAME);
        caller.put("role", "PROVIDER");
        caller.put("organization", "CV Maju Jaya");
        caller.put("phone", CALLER_PHONE);
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("caller", caller);
        body.put("topic", "USER_ID_PASSWORD");
        body.put("question", "User ID penyedia terkunci setelah salah memasukkan kata sandi tiga kali.");
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> callerOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("caller");
    }

    /** A complaint from the web form about verification. */
    public static Map<String, Object> complaint() {
        Map<String, Object> complainant = new HashMap<>();
        complainant.put("name", COMPLAINANT_NAME);
        complainant.put("phone", COMPLAINANT_PHONE);
        complainant.put("email", COMPLAINANT_EMAIL);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COMPLAINT");
        body.put("service", "VERIFICATION");
        body.put("complainant", complainant);
        body.put("content", "Antrean verifikasi penyedia terlalu lama pada hari Senin.");
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> complainantOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("complainant");
    }
}
