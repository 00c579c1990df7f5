package org.pepin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The figures of one run: a Markdown table for the console and the docs, and a JSON file. */
final class Results {

  /** The figures of one scenario. */
  record Figures(
      String scenario, String unit, String database, String sf, Stats pepin, Stats ceiling) {}

  /** Median, min and max of the samples, in milliseconds. */
  record Stats(int n, double median, double min, double max) {

    static Stats of(List<Double> samples) {
      if (samples.isEmpty()) {
        return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
      }
      var sorted = samples.stream().sorted().toList();
      int n = sorted.size();
      double median =
          n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
      return new Stats(n, median, sorted.get(0), sorted.get(n - 1));
    }
  }

  private final List<Figures> figures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void add(Figures f) {
    figures.add(f);
  }

  void note(String text) {
    notes.add(text);
  }

  List<Figures> figures() {
    return figures;
  }

  String markdown() {
    var out = new StringBuilder();
    out.append(
        "| scenario | DB | SF | n | median ms | min–max ms | ceiling median ms | Pépin / ceiling |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (Figures f : figures) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s (%s) | %s | %s | %d | %s | %s–%s | %s | %s |%n",
              f.scenario(),
              f.unit(),
              f.database(),
              f.sf(),
              f.pepin().n(),
              ms(f.pepin().median()),
              ms(f.pepin().min()),
              ms(f.pepin().max()),
              f.ceiling().n() == 0 ? "—" : ms(f.ceiling().median()),
              f.ceiling().n() == 0
                  ? "—"
                  : String.format(
                      Locale.ROOT, "%.0f %%", 100 * f.ceiling().median() / f.pepin().median())));
    }
    notes.forEach(n -> out.append("\n").append(n));
    return out.toString();
  }

  /** Milliseconds with three significant digits down to the microsecond: 0.412, 2.37, 40.6. */
  static String ms(double millis) {
    return String.format(Locale.ROOT, millis < 1 ? "%.3f" : millis < 10 ? "%.2f" : "%.1f", millis);
  }

  String json() {
    return figures.stream()
        .map(
            f ->
                String.format(
                    Locale.ROOT,
                    "{\"scenario\":\"%s\",\"unit\":\"%s\",\"database\":\"%s\",\"sf\":\"%s\","
                        + "\"pepin\":%s,\"ceiling\":%s}",
                    f.scenario(),
                    f.unit(),
                    f.database(),
                    f.sf(),
                    json(f.pepin()),
                    json(f.ceiling())))
        .collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"));
  }

  private static String json(Stats s) {
    return s.n() == 0
        ? "null"
        : String.format(
            Locale.ROOT,
            "{\"n\":%d,\"medianMs\":%.3f,\"minMs\":%.3f,\"maxMs\":%.3f}",
            s.n(),
            s.median(),
            s.min(),
            s.max());
  }

  void write(Path directory, String name) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(name + ".md"), markdown());
    Files.writeString(directory.resolve(name + ".json"), json());
  }
}
