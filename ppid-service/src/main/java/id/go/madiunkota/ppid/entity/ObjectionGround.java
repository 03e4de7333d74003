package id.go.madiunkota.ppid.entity;

/** The grounds of an objection (keberatan), UU 14/2008 Pasal 35 ayat (1) huruf a–g. */
public enum ObjectionGround {
    /** a. the request was rejected on the exceptions of Pasal 17. */
    REJECTED_UNDER_PASAL_17("Penolakan atas permintaan informasi berdasarkan alasan pengecualian Pasal 17"),
    /** b. periodic information (Pasal 9) was not published. */
    PERIODIC_INFORMATION_NOT_PUBLISHED("Tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9"),
    /** c. the request was not answered. */
    REQUEST_NOT_ANSWERED("Tidak ditanggapinya permintaan informasi"),
    /** d. the request was answered not as asked. */
    ANSWERED_NOT_AS_REQUESTED("Permintaan informasi ditanggapi tidak sebagaimana yang diminta"),
    /** e. the request was not fulfilled. */
    REQUEST_NOT_FULFILLED("Tidak dipenuhinya permintaan informasi"),
    /** f. an unreasonable cost was charged. */
    UNREASONABLE_COST("Pengenaan biaya yang tidak wajar"),
    /** g. the information was given later than the law allows. */
    LATE_ANSWER("Penyampaian informasi yang melebihi waktu yang diatur dalam Undang-Undang ini");

    private final String text;

    ObjectionGround(String text) {
        this.text = text;
    }

    /** The ground as the law words it, in Bahasa Indonesia. */
    public String text() {
        return text;
    }
}
