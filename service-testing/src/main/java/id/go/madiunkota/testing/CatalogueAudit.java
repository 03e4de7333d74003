package id.go.madiunkota.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Audits a service's message catalogues, the texts a person reads: its {@code messages/service*.properties}, the shared
 * {@code messages/common*.properties}, and the {@code ValidationMessages*.properties} and
 * {@code ContributorValidationMessages*.properties} on the test classpath. It finds
 * <ul>
 * <li>a key in one language's catalogue and not in the other's;</li>
 * <li>an English word in an Indonesian message, and an Indonesian word in an English one (word lists in
 *     {@link CatalogueWords});</li>
 * <li>a raw enum constant of the service (such as {@code EXTENDED}) in any message;</li>
 * <li>an enum constant of the service's {@code ..entity..} and {@code ..api..} packages without its word,
 *     {@code enum.<EnumSimpleName>.<CONSTANT>}, in both languages (see {@code Messages.word}).</li>
 * </ul>
 * A service runs it with one test:
 *
 * <pre>
 * class CatalogueTest {
 *     &#64;Test
 *     void catalogueIsWhole() {
 *         CatalogueAudit.of("id.go.madiunkota.ppid").assertWhole();
 *     }
 * }
 * </pre>
 *
 * A word that is right in both languages for this service (a name, a loanword) is let through with
 * {@link #allowing(String...)}; {@link #findings()} lists what {@link #assertWhole()} fails on.
 */
public final class CatalogueAudit {

    /** The pairs of catalogues: Indonesian first, English second, as resource names. */
    static final List<Pair> PAIRS = List.of(
            new Pair("messages/service.properties", "messages/service_en.properties"),
            new Pair("messages/common.properties", "messages/common_en.properties"),
            new Pair("ValidationMessages_id.properties", "ValidationMessages.properties"),
            new Pair("ContributorValidationMessages_id.properties", "ContributorValidationMessages.properties"));

    /**
     * Hibernate Validator's own English texts for the standard constraints: a validation catalogue's Indonesian key for
     * a standard constraint ({@code jakarta.validation.constraints.NotNull.message}) finds its English here.
     */
    static final String VALIDATOR_DEFAULTS = "org/hibernate/validator/ValidationMessages.properties";

    private final String basePackage;
    private final Set<String> allowed = new TreeSet<>();
    private final ClassLoader loader;
    private String root = "";
    private ImportOption importOption = ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;

    private CatalogueAudit(String basePackage, ClassLoader loader) {
        this.basePackage = basePackage;
        this.loader = loader;
    }

    /** For the audit's own tests: catalogues under {@code folder} and enums of test classes. */
    CatalogueAudit fixture(String folder) {
        this.root = folder.endsWith("/") ? folder : folder + "/";
        this.importOption = location -> true;
        return this;
    }

    /** The audit of the service whose classes lie in {@code basePackage}, e.g. {@code id.go.madiunkota.ppid}. */
    public static CatalogueAudit of(String basePackage) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new CatalogueAudit(basePackage, loader != null ? loader : CatalogueAudit.class.getClassLoader());
    }

    /** Lets {@code words} (compared without case) pass in both languages: a name or a loanword of this service. */
    public CatalogueAudit allowing(String... words) {
        for (String word : words) {
            allowed.add(word.toLowerCase(Locale.ROOT));
        }
        return this;
    }

    /** Fails with every finding, one a line, unless there is none. */
    public void assertWhole() {
        List<String> findings = findings();
        if (!findings.isEmpty()) {
            throw new AssertionError(findings.size() + " catalogue finding(s) for " + basePackage + ":\n  "
                    + String.join("\n  ", findings));
        }
    }

    /** Every finding of the audit, one a line, sorted by kind. */
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        Map<String, String> indonesian = new LinkedHashMap<>();
        Map<String, String> english = new LinkedHashMap<>();
        for (Pair pair : PAIRS) {
            Properties id = load(pair.indonesian());
            Properties en = load(pair.english());
            if (id == null && en == null) {
                continue;
            }
            if (id == null || en == null) {
                findings.add("keys: " + (id == null ? pair.indonesian() : pair.english()) + " is missing beside "
                        + (id == null ? pair.english() : pair.indonesian()));
                continue;
            }
            if (pair.indonesian().contains("ValidationMessages")) {
                en = withValidatorDefaults(id, en);
            }
            CatalogueKeys.sameKeys(pair, id, en, findings);
            id.stringPropertyNames().stream().sorted().forEach(key -> indonesian.putIfAbsent(key, id.getProperty(key)));
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                english.putIfAbsent(key, en.getProperty(key));
            }
        }
        languageMix("Indonesian", indonesian, CatalogueWords.ENGLISH, findings);
        languageMix("English", english, CatalogueWords.INDONESIAN, findings);
        List<JavaClass> enums = enumsOfService();
        rawEnumCodes(enums, indonesian, "Indonesian", findings);
        rawEnumCodes(enums, english, "English", findings);
        CatalogueKeys.enumWords(enums, indonesian, english, findings);
        return findings;
    }

    /** An English validation catalogue with Hibernate Validator's texts for the standard constraints under it. */
    private Properties withValidatorDefaults(Properties indonesian, Properties english) {
        Properties defaults = loadAbsolute(VALIDATOR_DEFAULTS);
        Properties merged = new Properties();
        if (defaults != null) {
            indonesian.stringPropertyNames().stream().filter(defaults::containsKey)
                    .forEach(key -> merged.setProperty(key, defaults.getProperty(key)));
        }
        merged.putAll(english);
        return merged;
    }

    private void languageMix(String language, Map<String, String> messages, Set<String> foreign,
            List<String> findings) {
        messages.forEach((key, message) -> {
            Set<String> found = new TreeSet<>();
            for (String word : CatalogueWords.wordsOf(message)) {
                if (foreign.contains(word) && !allowed.contains(word)) {
                    found.add(word);
                }
            }
            if (!found.isEmpty()) {
                findings.add("language: the " + language + " message '" + key + "' has the foreign word(s) " + found
                        + ": " + message);
            }
        });
    }

    private void rawEnumCodes(List<JavaClass> enums, Map<String, String> messages, String language,
            List<String> findings) {
        Set<String> constants = new TreeSet<>();
        for (JavaClass type : enums) {
            for (JavaEnumConstant constant : type.getEnumConstants()) {
                String name = constant.name();
                if (name.length() > 1 && name.chars().anyMatch(Character::isLetter)
                        && !allowed.contains(name.toLowerCase(Locale.ROOT))) {
                    constants.add(name);
                }
            }
        }
        messages.forEach((key, message) -> {
            String text = CatalogueWords.PLACEHOLDER.matcher(message).replaceAll(" ");
            for (String constant : constants) {
                if (Pattern.compile("(?<![\\p{Alnum}_-])" + Pattern.quote(constant) + "(?![\\p{Alnum}_-])")
                        .matcher(text).find()) {
                    findings.add("enum code: the " + language + " message '" + key + "' shows the code " + constant
                            + " (render it with Messages.word): " + message);
                }
            }
        });
    }

    static boolean hasSegment(String packageName, String segment) {
        return ("." + packageName + ".").contains("." + segment + ".");
    }

    /** The enums among the service's main classes (tests left out). */
    private List<JavaClass> enumsOfService() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(importOption)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
        return classes.stream().filter(JavaClass::isEnum).sorted(Comparator.comparing(JavaClass::getName)).toList();
    }

    private Properties load(String resource) {
        return loadAbsolute(root + resource);
    }

    private Properties loadAbsolute(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Indonesian catalogue and its English counterpart. */
    record Pair(String indonesian, String english) {
    }
}
