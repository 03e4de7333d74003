package id.go.madiunkota.verification.entity;

/**
 * The legal form of a provider: PT (perseroan terbatas), CV (persekutuan komanditer), FIRM (firma), COOPERATIVE
 * (koperasi), INDIVIDUAL (perorangan, whose "company name" is a person's name and never goes into events).
 */
public enum BusinessForm {
    PT, CV, FIRM, COOPERATIVE, INDIVIDUAL
}
