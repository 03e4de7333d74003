package id.go.madiunkota.common.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list answer: {@code {items, page, size, total}}, pages counted from 0.
 *
 * @param items the entries of this page
 * @param page the page number, from 0
 * @param size the most entries a page holds
 * @param total how many entries all pages hold together
 */
@Schema(name = "Page")
public record PageView<T>(List<T> items, int page, int size, long total) {

    /**
     * The highest page number a list accepts ({@code @Max} on every {@code page} parameter): far beyond any register,
     * and low enough that page times size never overflows the offset.
     */
    public static final int MAX_PAGE = 1_000_000;

    /** The same page with each entry mapped. */
    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
