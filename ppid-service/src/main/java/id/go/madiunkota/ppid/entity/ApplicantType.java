package id.go.madiunkota.ppid.entity;

/** A person (identified by NIK) or an organisation (identified by its legal-entity decree number). */
public enum ApplicantType {
    PERSON, ORGANIZATION
}
