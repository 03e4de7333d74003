package id.go.madiunkota.portal;

import java.util.List;

/**
 * The realm's staff roles as the back office ({@code /kantor}) uses them, and the workspace each one opens. What a
 * role may read or do is the gateway's access table; the pages only offer what that table admits, so that no screen
 * offers an action the API would refuse.
 */
public final class OfficeRoles {

    static final String PPID_OFFICER = "ppid-officer";
    static final String PPID_SUPERIOR = "ppid-superior";
    static final String HELPDESK_AGENT = "helpdesk-agent";
    static final String VERIFIER = "verifier";
    static final String TRAINER = "trainer";
    static final String ADMIN = "admin";
    static final String AUDITOR = "auditor";

    /** Every staff role, in the order the office's home lists their workspaces. */
    static final List<String> STAFF = List.of(PPID_OFFICER, PPID_SUPERIOR, HELPDESK_AGENT, VERIFIER, TRAINER, ADMIN,
            AUDITOR);

    /** The roles that read the PPID's request queue ({@code GET /api/ppid/requests}). */
    static final List<String> PPID_READERS = List.of(PPID_OFFICER, PPID_SUPERIOR, AUDITOR);

    private OfficeRoles() {
    }

    /**
     * Where the role works in the back office: the path of its workspace, or null while its screens are not built
     * yet (the home says so and points to the API's documentation instead).
     */
    static String workspace(String role) {
        if (PPID_SUPERIOR.equals(role)) {
            return "/kantor/ppid/keberatan";
        }
        if (HELPDESK_AGENT.equals(role)) {
            return "/kantor/helpdesk";
        }
        if (ADMIN.equals(role)) {
            return "/kantor/kalender";
        }
        return PPID_READERS.contains(role) ? "/kantor/ppid" : null;
    }
}
