package id.go.madiunkota.ppid.entity;

/** How a copy or the written notice reaches the applicant. */
public enum DeliveryMethod {
    PICKUP, COURIER, POST, FAX, EMAIL
}
