package id.go.madiunkota.common.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code document} table of the service's own database (see db/common), on plain JDBC: the content is a
 * {@code bytea} read and written whole, never mapped as an entity. Connections come from the service's data source, so
 * every call joins the transaction in progress.
 */
@ApplicationScoped
public class PostgresDocumentStore implements DocumentStore {

    private static final String COLUMNS =
            "id, owner, file_name, media_type, size_bytes, sha256, created_at, created_by";
    private static final String INSERT =
            "INSERT INTO document (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT " + COLUMNS + " FROM document WHERE id = ?";
    private static final String LIST = "SELECT " + COLUMNS + " FROM document WHERE owner = ? ORDER BY created_at, id";
    private static final String LIST_UNDER =
            "SELECT " + COLUMNS + " FROM document WHERE starts_with(owner, ?) ORDER BY created_at, id";
    private static final String CONTENT = "SELECT content FROM document WHERE id = ?";
    private static final String DELETE = "DELETE FROM document WHERE id = ?";
    private static final String DELETE_ALL = "DELETE FROM document WHERE owner = ?";

    private final DataSource dataSource;
    private final DocumentConfig config;
    private final Clock clock;

    public PostgresDocumentStore(DataSource dataSource, DocumentConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public StoredDocument store(String owner, String declaredName, InputStream content, String createdBy) {
        ScannedContent scanned = ScannedContent.read(content, config.maxSize());
        StoredDocument document = new StoredDocument(UUID.randomUUID(), owner, SafeFileName.of(declaredName),
                scanned.mediaType(), scanned.bytes().length, scanned.sha256(), clock.instant(), createdBy);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, document.id());
            insert.setString(2, owner);
            insert.setString(3, document.fileName());
            insert.setString(4, document.mediaType());
            insert.setLong(5, document.size());
            insert.setString(6, document.sha256());
            insert.setTimestamp(7, Timestamp.from(document.createdAt()));
            insert.setString(8, createdBy);
            insert.setBytes(9, scanned.bytes());
            insert.executeUpdate();
            return document;
        } catch (SQLException e) {
            throw new IllegalStateException("The document could not be stored", e);
        }
    }

    @Override
    public Optional<StoredDocument> find(UUID id) {
        List<StoredDocument> found = query(FIND, id);
        return found.stream().findFirst();
    }

    @Override
    public List<StoredDocument> list(String owner) {
        return query(LIST, owner);
    }

    @Override
    public List<StoredDocument> listUnder(String prefix) {
        return query(LIST_UNDER, prefix);
    }

    @Override
    public Optional<InputStream> open(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(CONTENT)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new ByteArrayInputStream(row.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The document could not be read", e);
        }
    }

    @Override
    public boolean delete(UUID id) {
        return update(DELETE, id) > 0;
    }

    @Override
    public int deleteAll(String owner) {
        return update(DELETE_ALL, owner);
    }

    private int update(String sql, Object key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The document could not be deleted", e);
        }
    }

    private List<StoredDocument> query(String sql, Object key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            List<StoredDocument> documents = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    documents.add(new StoredDocument(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                            row.getString(4), row.getLong(5), row.getString(6), row.getTimestamp(7).toInstant(),
                            row.getString(8)));
                }
            }
            return documents;
        } catch (SQLException e) {
            throw new IllegalStateException("The documents could not be read", e);
        }
    }
}
