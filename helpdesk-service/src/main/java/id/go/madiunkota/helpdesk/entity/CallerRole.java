package id.go.madiunkota.helpdesk.entity;

/**
 * Who consults: a provider (penyedia), a procurement official (pejabat pengadaan), a committee (panitia/pokja), other.
 */
public enum CallerRole {
    PROVIDER, PROCUREMENT_OFFICIAL, COMMITTEE, OTHER
}
