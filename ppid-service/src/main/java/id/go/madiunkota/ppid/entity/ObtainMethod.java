package id.go.madiunkota.ppid.entity;

/** How the applicant wants to obtain the information: see/read/listen/note it, or get a copy. */
public enum ObtainMethod {
    VIEW, COPY
}
