package id.go.madiunkota.common.letter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The office's letterhead (kop surat), under {@code madiun.letter}: what the service standard does not say. */
@ConfigMapping(prefix = "madiun.letter")
public interface LetterConfig {

    /** The government the office belongs to: the kop's first line. */
    @WithDefault("Pemerintah Kota Madiun")
    String government();

    /** The office: the kop's second line. */
    @WithDefault("Dinas Komunikasi dan Informatika")
    String office();

    /**
     * The office's address, used when the service standard in force carries none (a line {@code Alamat: …} in one of
     * its components).
     */
    @WithDefault("Jl. Perintis Kemerdekaan No. 32, Kota Madiun, Jawa Timur 63122")
    String address();

    /** Telephone, e-mail and website under the address. */
    @WithDefault("Telepon (0351) 467327 · www.madiunkota.go.id")
    String contact();

    /** The city named before the date of a letter ("Madiun, 30 November 2026"). */
    @WithDefault("Madiun")
    String city();
}
