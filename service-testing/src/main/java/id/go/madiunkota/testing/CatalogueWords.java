package id.go.madiunkota.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The words that give a language mix away, and how {@link CatalogueAudit} reads the words of a message. */
final class CatalogueWords {

    /** Words that are English and not Indonesian: one in an Indonesian message gives the mix away. */
    static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "are", "was", "were", "be", "been",
            "not", "with", "for", "from", "this", "that", "these", "those", "which", "who", "has", "have", "had",
            "must", "may", "can", "cannot", "could", "should", "would", "will", "please", "your", "you", "we", "our",
            "it", "its", "an", "at", "by", "on", "in", "or", "if", "than", "when", "while", "where", "there", "only",
            "already", "after", "before", "between", "into", "about", "also", "any", "all", "each", "every", "some",
            "such", "same", "other", "more", "most", "less", "request", "requests", "found", "invalid", "missing",
            "required", "field", "fields", "value", "values", "date", "dates", "day", "days", "number", "name",
            "reason", "answer", "officer", "citizen", "session", "sessions", "registration", "complaint",
            "consultation", "training", "verification", "objection", "decision", "deadline", "extended",
            "rejected", "accepted", "approved", "closed", "pending", "submitted", "received", "cancelled",
            "canceled", "completed", "allowed", "denied", "unknown", "wrong", "period", "week", "month", "year",
            "hour", "hours", "minutes", "characters", "digits", "phone", "address", "because", "does", "how", "what",
            "new", "first", "last", "next", "start", "end", "expired", "due", "late", "overdue", "soon", "attendance",
            "participant", "provider", "official", "waitlist", "agent", "superior", "dispute", "notice", "holiday");

    /** Words that are Indonesian and not English: one in an English message gives the mix away. */
    static final Set<String> INDONESIAN = Set.of("dan", "yang", "tidak", "dengan", "untuk", "dari", "pada", "harus",
            "atau", "sudah", "belum", "ini", "itu", "tersebut", "oleh", "akan", "dapat", "bisa", "karena", "sebagai",
            "dalam", "ke", "di", "hari", "tanggal", "permohonan", "pemohon", "petugas", "peserta", "pelatihan",
            "keberatan", "pengaduan", "konsultasi", "diperpanjang", "ditolak", "diterima", "selesai", "nomor", "kode",
            "alamat", "nama", "isian", "nilai", "atasan", "wajib", "boleh", "masih", "lagi", "sesuai", "paling",
            "lebih", "kurang", "setelah", "sebelum", "antara", "bukan", "ada", "tanpa", "saat", "sedang", "sesi",
            "pendaftaran", "penyedia", "pejabat", "verifikasi", "sengketa", "libur", "kerja", "batas", "waktu",
            "alasan", "jawaban", "informasi", "menunggu", "dibatalkan", "disetujui", "ditutup", "hadir");

    static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern QUOTED = Pattern.compile("''[^']*''");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}«»“”‘’]+|[\\p{Punct}«»“”‘’…]+$");

    /** The plain words of a message, lower case: no placeholders, quoted codes, numbers, acronyms or compounds. */
    static List<String> wordsOf(String message) {
        String text = QUOTED.matcher(PLACEHOLDER.matcher(message).replaceAll(" ")).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String token : text.split("\\s+")) {
            String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) {
                continue; // a number, a code such as start-processing, an address such as application/json
            }
            if (word.length() > 1 && word.substring(1).chars().anyMatch(Character::isUpperCase)) {
                continue; // an acronym or a name written in capitals: NIK, PPID, SPSE
            }
            words.add(word.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private CatalogueWords() {
    }
}
