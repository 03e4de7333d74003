package id.go.madiunkota.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Every entry of a list answer, read page by page ({@code {items, page, size, total}}): a story asks whether its own
 * record is in a register that earlier runs have filled too (and runs on a shifted clock, whose records sort as newer),
 * so it must not depend on where the record falls.
 */
public final class Pages {

    private static final int SIZE = 100;
    private static final int MOST_PAGES = 100;

    private Pages() {
    }

    /** The {@code field} of every entry of {@code path} as {@code user}. */
    public static List<String> all(String user, String path, String field) {
        List<String> values = new ArrayList<>();
        for (int page = 0; page < MOST_PAGES; page++) {
            JsonPath answer = Gateway.as(user).queryParam("page", page).queryParam("size", SIZE)
                    .when().get(path).then().statusCode(200).extract().jsonPath();
            List<String> items = answer.getList("items." + field, String.class);
            values.addAll(items);
            if (items.isEmpty() || values.size() >= answer.getLong("total")) {
                return values;
            }
        }
        assertThat(values).as("%s of %s read in %d pages", path, user, MOST_PAGES).hasSizeLessThan(SIZE * MOST_PAGES);
        return values;
    }
}
