package id.go.madiunkota.common.web;

import id.go.madiunkota.common.input.InvalidParameterException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page a list answer shows ({@code ?page=0&size=20}), read the same way by every list endpoint:
 * {@code PageView<X> list(@BeanParam PageParams paging)}, then {@code paging.page()} and {@code paging.size()}. A value
 * out of range is a 400 naming the parameter (checked by the accessors, with or without {@code @Valid}).
 */
public class PageParams {

    /** The most entries one page holds. */
    public static final int MAX_SIZE = 100;
    /** Entries per page when the caller does not say. */
    public static final int DEFAULT_SIZE = 20;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(PageView.MAX_PAGE)
    @Parameter(description = "Page number, from 0")
    int page;

    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Entries per page, 1 to 100")
    int size = DEFAULT_SIZE;

    public PageParams() {
    }

    /** Page {@code page} of {@code size} entries, as a service or a test names it without a request. */
    public static PageParams of(int page, int size) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        return params;
    }

    /** The page number, from 0 to {@link PageView#MAX_PAGE}. */
    public int page() {
        return within("page", page, 0, PageView.MAX_PAGE);
    }

    /** The most entries on the page, from 1 to {@link #MAX_SIZE}. */
    public int size() {
        return within("size", size, 1, MAX_SIZE);
    }

    /** The first entry of the page, counted from 0 across all pages. */
    public long offset() {
        return (long) page() * size();
    }

    private static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidParameterException(name, "input.range", min, max);
        }
        return value;
    }
}
