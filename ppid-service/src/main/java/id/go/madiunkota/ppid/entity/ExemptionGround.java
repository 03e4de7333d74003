package id.go.madiunkota.ppid.entity;

/**
 * The legal grounds on which information may be withheld: the exceptions of UU 14/2008 Pasal 17 (a–j) and information
 * not yet controlled or documented, Pasal 6 ayat (3). The text is a summary in Bahasa Indonesia of the article.
 */
public enum ExemptionGround {
    PASAL_17_A("Pasal 17 huruf a", "Informasi yang apabila dibuka dapat menghambat proses penegakan hukum."),
    PASAL_17_B("Pasal 17 huruf b", "Informasi yang apabila dibuka dapat mengganggu kepentingan perlindungan hak atas "
            + "kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat."),
    PASAL_17_C("Pasal 17 huruf c", "Informasi yang apabila dibuka dapat membahayakan pertahanan dan keamanan negara."),
    PASAL_17_D("Pasal 17 huruf d", "Informasi yang apabila dibuka dapat mengungkapkan kekayaan alam Indonesia."),
    PASAL_17_E("Pasal 17 huruf e", "Informasi yang apabila dibuka dapat merugikan ketahanan ekonomi nasional."),
    PASAL_17_F("Pasal 17 huruf f", "Informasi yang apabila dibuka dapat merugikan kepentingan hubungan luar negeri."),
    PASAL_17_G("Pasal 17 huruf g", "Informasi yang apabila dibuka dapat mengungkapkan isi akta otentik yang bersifat "
            + "pribadi dan kemauan terakhir ataupun wasiat seseorang."),
    PASAL_17_H("Pasal 17 huruf h", "Informasi yang apabila dibuka dapat mengungkap rahasia pribadi."),
    PASAL_17_I("Pasal 17 huruf i", "Memorandum atau surat-surat antar Badan Publik atau intra Badan Publik "
            + "yang menurut sifatnya dirahasiakan kecuali atas putusan Komisi Informasi atau pengadilan."),
    PASAL_17_J("Pasal 17 huruf j", "Informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang."),
    PASAL_6_3("Pasal 6 ayat (3)", "Informasi yang belum dikuasai atau didokumentasikan oleh Badan Publik.");

    private final String article;
    private final String text;

    ExemptionGround(String article, String text) {
        this.article = article;
        this.text = text;
    }

    /** The article, such as "Pasal 17 huruf h". */
    public String article() {
        return article;
    }

    /** What the article protects, in Bahasa Indonesia. */
    public String text() {
        return text;
    }
}
