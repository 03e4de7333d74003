package id.go.madiunkota.common.letter;

import io.quarkus.qute.TemplateData;

/**
 * The kop surat at the top of every letter.
 *
 * @param government "Pemerintah Kota Madiun"
 * @param office "Dinas Komunikasi dan Informatika"
 * @param unit the service that writes, from the service standard's title ("Pelayanan Informasi Publik")
 * @param address the office's address
 * @param contact telephone and website
 * @param city the city before a letter's date
 */
@TemplateData
public record Letterhead(String government, String office, String unit, String address, String contact, String city) {
}
