package id.go.madiunkota.gateway.access;

import id.go.madiunkota.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The access table, read once at start; a malformed line stops the gateway from starting. */
@ApplicationScoped
public class AccessRules {

    private final List<AccessRule> rules;

    public AccessRules(GatewayConfig config) {
        this.rules = parse(read(config.accessRules()));
    }

    /** The first line about {@code method} on {@code path}, if any. */
    public Optional<AccessRule> find(String method, String path) {
        List<String> segments = AccessRule.segments(path);
        return rules.stream().filter(rule -> rule.matches(method, segments)).findFirst();
    }

    /** Every line, in table order. */
    public List<AccessRule> all() {
        return rules;
    }

    /** Parses a table text; a malformed line is an error naming its number. */
    public static List<AccessRule> parse(String table) {
        List<AccessRule> parsed = new ArrayList<>();
        String[] lines = table.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                parsed.add(AccessRule.parse(line, i + 1));
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException("The access table has no rules: every request would be refused");
        }
        return List.copyOf(parsed);
    }

    private static String read(String location) {
        try {
            Path file = Path.of(location);
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
                if (in == null) {
                    throw new IllegalStateException("Access table not found: " + location);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the access table " + location, e);
        }
    }
}
