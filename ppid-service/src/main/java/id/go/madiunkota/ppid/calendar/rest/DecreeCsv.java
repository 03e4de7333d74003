package id.go.madiunkota.ppid.calendar.rest;

import id.go.madiunkota.ppid.calendar.api.DecreeBody;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import id.go.madiunkota.common.problem.InvalidInputException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A decree as CSV (UTF-8, {@code text/csv}), one record a line, {@code record,value,name}, an optional header line
 * {@code record,value,name}:
 * <pre>
 * year,2027,
 * decree,2026-10-14,1 Tahun 2026
 * holiday,2027-01-01,Tahun Baru 2027 Masehi
 * cuti-bersama,2027-02-05,Cuti bersama Tahun Baru Imlek 2578 Kongzili
 * </pre>
 * A bad line is named in the answer by its number ({@code line 3}).
 */
public final class DecreeCsv {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES).build();

    private DecreeCsv() {
    }

    /** The decree the text holds; the usual bean checks follow, as for JSON. */
    public static DecreeBody parse(String text) {
        Integer year = null;
        String number = null;
        LocalDate decreeDate = null;
        List<DecreeBody.Day> holidays = new ArrayList<>();
        List<DecreeBody.Day> cutiBersama = new ArrayList<>();
        int lineNumber = 0;
        for (List<String> line : lines(text)) {
            lineNumber++;
            if (line.stream().allMatch(String::isBlank) || lineNumber == 1 && "record".equals(line.get(0))) {
                continue;
            }
            String field = "line " + lineNumber;
            String value = line.size() > 1 ? line.get(1) : "";
            String name = line.size() > 2 && !line.get(2).isBlank() ? line.get(2) : null;
            switch (line.get(0)) {
                case "year" -> year = wholeNumber(value, field);
                case "decree" -> {
                    decreeDate = date(value, field);
                    number = name;
                }
                case "holiday" -> holidays.add(new DecreeBody.Day(date(value, field), name));
                case "cuti-bersama" -> cutiBersama.add(new DecreeBody.Day(date(value, field), name));
                default -> throw InvalidInputException.of(field, "decree.csv-record");
            }
        }
        return new DecreeBody(year, number, decreeDate, holidays, cutiBersama);
    }

    private static List<List<String>> lines(String text) {
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(text)) {
            List<List<String>> lines = new ArrayList<>();
            while (rows.hasNextValue()) {
                lines.add(List.of(rows.nextValue()));
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("body", "decree.csv-malformed");
        }
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "decree.csv-date");
        }
    }

    private static Integer wholeNumber(String value, String field) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "decree.csv-year");
        }
    }
}
