package id.go.madiunkota.common.letter;

import id.go.madiunkota.common.standard.ServiceStandard;
import id.go.madiunkota.common.standard.StandardComponent;
import id.go.madiunkota.common.standard.StandardRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letterhead as the service standard in force says it: the service's name (the standard's title) and the office's
 * address when a component gives one on a line {@code Alamat: …}; the rest, and a missing address, from
 * {@link LetterConfig}.
 */
@ApplicationScoped
public class LetterheadSource {

    private static final Pattern ADDRESS = Pattern.compile("(?im)^\\s*[-•]?\\s*Alamat\\s*(?:kantor)?\\s*:\\s*(.+)$");

    private final StandardRepository standards;
    private final LetterConfig config;
    private final Clock clock;

    public LetterheadSource(StandardRepository standards, LetterConfig config, Clock clock) {
        this.standards = standards;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Letterhead current() {
        Optional<ServiceStandard> standard = standards.inForceOn(LocalDate.now(clock));
        String unit = standard.map(s -> s.content().title()).orElse("");
        String address = standard.flatMap(LetterheadSource::addressIn).orElse(config.address());
        return new Letterhead(config.government(), config.office(), unit, address, config.contact(), config.city());
    }

    /** The first {@code Alamat: …} line of the standard's components, if any. */
    static Optional<String> addressIn(ServiceStandard standard) {
        for (StandardComponent component : standard.content().components()) {
            Matcher matcher = ADDRESS.matcher(component.content());
            if (matcher.find()) {
                return Optional.of(matcher.group(1).strip());
            }
        }
        return Optional.empty();
    }
}
