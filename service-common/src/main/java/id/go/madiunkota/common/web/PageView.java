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

    /**
     * Page {@code page} of {@code size} entries cut from a whole list held in memory (a short reference list), in the
     * list's order; a page past the end is empty and still tells the total.
     */
    public static <T> PageView<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = (int) Math.min((long) from + size, all.size());
        return new PageView<>(List.copyOf(all.subList(from, to)), page, size, all.size());
    }

    /** The page {@code paging} names (checked: a value out of range is a 400) cut from a whole list in memory. */
    public static <T> PageView<T> slice(List<T> all, PageParams paging) {
        return slice(all, paging.page(), paging.size());
    }

    /** The same page with each entry mapped. */
    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
