package id.go.madiunkota.ppid.support;

import java.util.HashMap;
import java.util.Map;

/** Request bodies for tests, valid unless a test changes them. */
public final class RequestBodies {

    /** A valid NIK: Kota Madiun (35 77), district 01, woman born 1 Jan 1990 (41 = 1 + 40), serial 0001. */
    public static final String NIK = "3577014101900001";

    private RequestBodies() {
    }

    /** A person's online request for a softcopy by e-mail. */
    public static Map<String, Object> personRequest() {
        Map<String, Object> applicant = new HashMap<>(Map.of(
                "type", "PERSON",
                "name", "Sri Wahyuni",
                "nik", NIK,
                "address", "Jl. Pahlawan No. 37, Kota Madiun",
                "occupation", "Mahasiswa",
                "phone", "081234567890",
                "email", "sri.wahyuni@example.id"));
        Map<String, Object> body = new HashMap<>();
        body.put("applicant", applicant);
        body.put("informationRequested", "Salinan DPA Dinas Kominfo tahun 2026");
        body.put("purpose", "Penelitian skripsi");
        body.put("obtainMethod", "COPY");
        body.put("copyFormat", "SOFTCOPY");
        body.put("deliveryMethod", "EMAIL");
        return body;
    }

    /** The applicant part of {@code body}, to change a field of it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> applicantOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("applicant");
    }
}
