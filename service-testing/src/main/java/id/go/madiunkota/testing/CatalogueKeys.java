package id.go.madiunkota.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The keys a service's catalogues must have: the same in both languages, and a word for every enum constant. */
final class CatalogueKeys {

    private CatalogueKeys() {
    }

    /** Keys in one language's catalogue of {@code pair} and not in the other's. */
    static void sameKeys(CatalogueAudit.Pair pair, Properties id, Properties en, List<String> findings) {
        for (String key : new TreeSet<>(id.stringPropertyNames())) {
            if (!en.containsKey(key)) {
                findings.add("keys: '" + key + "' is in " + pair.indonesian() + " but not in " + pair.english());
            }
        }
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            if (!id.containsKey(key)) {
                findings.add("keys: '" + key + "' is in " + pair.english() + " but not in " + pair.indonesian());
            }
        }
    }

    /** Constants of the service's {@code ..entity..} and {@code ..api..} enums without their word in a language. */
    static void enumWords(List<JavaClass> enums, Map<String, String> indonesian, Map<String, String> english,
            List<String> findings) {
        for (JavaClass type : enums) {
            String packageName = type.getPackageName();
            boolean shown = CatalogueAudit.hasSegment(packageName, "entity")
                    || CatalogueAudit.hasSegment(packageName, "api");
            if (!shown) {
                continue;
            }
            for (JavaEnumConstant constant : sorted(type.getEnumConstants())) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                if (!indonesian.containsKey(key)) {
                    findings.add("enum word: '" + key + "' (" + type.getName()
                            + ") is not in the Indonesian catalogue");
                }
                if (!english.containsKey(key)) {
                    findings.add("enum word: '" + key + "' (" + type.getName() + ") is not in the English catalogue");
                }
            }
        }
    }

    private static List<JavaEnumConstant> sorted(Set<JavaEnumConstant> constants) {
        return constants.stream().sorted(Comparator.comparing(JavaEnumConstant::name)).toList();
    }
}
