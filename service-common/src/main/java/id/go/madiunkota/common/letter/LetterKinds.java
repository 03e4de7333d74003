package id.go.madiunkota.common.letter;

import id.go.madiunkota.common.problem.DomainException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Reading a letter kind from a path: the kinds a record offers are an enum whose {@code path()} is the segment. */
public final class LetterKinds {

    /** An enum of letter kinds; {@code path()} is the kind as the route names it, such as {@code berita-acara}. */
    public interface Kind {
        String path();
    }

    private LetterKinds() {
    }

    /** The kind named {@code path}, or 404 {@code letter-kind-unknown} naming the kinds there are. */
    public static <K extends Enum<K> & Kind> K of(Class<K> kinds, String path) {
        return Arrays.stream(kinds.getEnumConstants()).filter(k -> k.path().equals(path)).findFirst()
                .orElseThrow(() -> new DomainException(404, "letter-kind-unknown", clip(path),
                        Arrays.stream(kinds.getEnumConstants()).map(Kind::path).collect(Collectors.joining(", "))));
    }

    /** 409 {@code letter-not-yet}: the fact this letter records (a decision, a completion) has not happened yet. */
    public static DomainException notYet(Kind kind) {
        return DomainException.conflict("letter-not-yet", kind.path());
    }

    private static String clip(String path) {
        return path == null ? "" : path.length() > 40 ? path.substring(0, 40) + "…" : path;
    }
}
