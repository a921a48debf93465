package dev.kafkaexplorer.kafka.doctor;

import java.util.Locale;

/**
 * One step of the connection doctor: what was checked, how it went, and a sentence in words that
 * names the likely fix when it failed.
 */
public record DoctorStep(String name, Outcome outcome, String words) {

    /** How a step went; steps after the first failure are not run. */
    public enum Outcome { PASSED, FAILED, SKIPPED }

    public static DoctorStep passed(String name, String words) {
        return new DoctorStep(name, Outcome.PASSED, words);
    }

    public static DoctorStep failed(String name, String words) {
        return new DoctorStep(name, Outcome.FAILED, words);
    }

    public static DoctorStep skipped(String name, String words) {
        return new DoctorStep(name, Outcome.SKIPPED, words);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    /** "step: passed — words", the line the UI shows (DESIGN.md §6, {@code doctorSteps}). */
    @Override
    public String toString() {
        return name + ": " + outcome.name().toLowerCase(Locale.ROOT) + " — " + words;
    }
}
