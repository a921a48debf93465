package dev.kafkaexplorer.ui.schemas;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The line diff of two versions' pretty texts (java-diff-utils' Myers diff), every line of both in
 * reading order: unchanged lines once, a changed line as the old one removed then the new one added.
 * Pure CPU, proportional to the schemas' size: run it off the FX thread. {@code firstChange} is
 * the index of the first line that differs (-1: none), for the view to open there.
 */
public record VersionDiff(int olderVersion, int newerVersion, List<Line> lines, int firstChange) {

    /** What a line of the diff is. */
    public enum Change { SAME, REMOVED, ADDED }

    /** One line with its number in the older and the newer text (0 where it is not in that text). */
    public record Line(Change change, int olderNumber, int newerNumber, String text) {

        /** The mark before the line, as diff tools show it. */
        public String marker() {
            return switch (change) {
                case SAME -> " ";
                case REMOVED -> "−";
                case ADDED -> "+";
            };
        }
    }

    public VersionDiff {
        lines = List.copyOf(lines);
    }

    /** The diff of {@code olderText} (version {@code olderVersion}) to {@code newerText}. */
    public static VersionDiff between(int olderVersion, String olderText, int newerVersion, String newerText) {
        List<String> older = lines(olderText);
        List<String> newer = lines(newerText);
        List<Line> out = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            while (o < delta.getSource().getPosition()) {
                out.add(new Line(Change.SAME, ++o, ++n, older.get(o - 1)));
            }
            for (String line : delta.getSource().getLines()) {
                out.add(new Line(Change.REMOVED, ++o, 0, line));
            }
            for (String line : delta.getTarget().getLines()) {
                out.add(new Line(Change.ADDED, 0, ++n, line));
            }
        }
        while (o < older.size()) {
            out.add(new Line(Change.SAME, ++o, ++n, older.get(o - 1)));
        }
        int firstChange = 0;
        while (firstChange < out.size() && out.get(firstChange).change() == Change.SAME) {
            firstChange++;
        }
        return new VersionDiff(olderVersion, newerVersion, out, firstChange < out.size() ? firstChange : -1);
    }

    /** "v1 → v2: 2 lines added, 1 removed", or that they read the same. */
    public String summary() {
        long added = lines.stream().filter(l -> l.change() == Change.ADDED).count();
        long removed = lines.stream().filter(l -> l.change() == Change.REMOVED).count();
        String versions = "v" + olderVersion + " → v" + newerVersion;
        if (added == 0 && removed == 0) {
            return versions + ": the same text";
        }
        return versions + ": " + added + (added == 1 ? " line" : " lines") + " added, " + removed + " removed";
    }

    private static List<String> lines(String text) {
        String whole = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return whole.isEmpty() ? List.of() : Arrays.asList(whole.split("\r?\n", -1));
    }
}
