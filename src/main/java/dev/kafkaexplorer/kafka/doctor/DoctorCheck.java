package dev.kafkaexplorer.kafka.doctor;

/** One step of the {@link ConnectionDoctor}; runs on the doctor's thread and bounds its own waits. */
interface DoctorCheck {

    /** The step's name as the user reads it, also for the step when it is skipped. */
    String name();

    DoctorStep run(DoctorRun run);
}
