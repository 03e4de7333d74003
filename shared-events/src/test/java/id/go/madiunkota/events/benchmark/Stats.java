package id.go.madiunkota.events.benchmark;

import java.util.Arrays;
import java.util.List;

/** Median, p99 and max of a set of measurements, for benchmark reports. */
record Stats(int count, double median, double p99, double max) {

    static Stats of(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return "n=%d p50=%.1f p99=%.1f max=%.1f".formatted(count, median, p99, max);
    }

    static String table(String... rows) {
        return String.join(System.lineSeparator(), Arrays.asList(rows));
    }
}
