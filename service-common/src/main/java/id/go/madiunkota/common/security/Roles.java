package id.go.madiunkota.common.security;

/**
 * The realm roles of the suite, the one place their names are written: main code names a role only through these
 * constants ({@code @RolesAllowed({Roles.PPID_OFFICER, Roles.AUDITOR})}); an architecture test enforces it.
 */
public final class Roles {

    /** A resident with an account: files requests, complaints, registrations of their own. */
    public static final String CITIZEN = "citizen";
    /** PPID staff: handle information requests and objections. */
    public static final String PPID_OFFICER = "ppid-officer";
    /** The PPID's superior (atasan PPID): decides objections. */
    public static final String PPID_SUPERIOR = "ppid-superior";
    /** Helpdesk staff: consultations and callbacks. */
    public static final String HELPDESK_AGENT = "helpdesk-agent";
    /** Verifies providers and officials. */
    public static final String VERIFIER = "verifier";
    /** Runs training sessions. */
    public static final String TRAINER = "trainer";
    /** Administers the suite: service standards, calendars, settings. */
    public static final String ADMIN = "admin";
    /** The inspectorate: reads every register, with personal data masked. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
