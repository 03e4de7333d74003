package id.go.madiunkota.common.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How uploaded documents are taken in, under {@code madiun.documents}. */
@ConfigMapping(prefix = "madiun.documents")
public interface DocumentConfig {

    /**
     * The largest document accepted, in bytes (default 10 MiB). Counted while the upload is read: reading stops at the
     * first byte past it and the upload is refused with 413. A multipart request whose declared length exceeds it by
     * more than {@link DocumentUploadFilter#MULTIPART_ALLOWANCE} is refused before its body is read.
     */
    @WithDefault("10485760")
    long maxSize();
}
