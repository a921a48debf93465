package dev.kafkaexplorer.ui.common;

import dev.kafkaexplorer.settings.ClusterProfile;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * Whether the cluster a view-model works on may be changed now: a read-only cluster profile turns
 * every changing action off and says why. A view-model ANDs {@link #allowsChangesProperty()} into
 * each changing command (so buttons, menu items and shortcuts go grey together) and asks
 * {@link #allowsChanges()} again where the change starts, so a late click, a dialog left open while
 * the app switched profile, or a caller that skips the command cannot reach the broker either.
 * Toolkit-free.
 */
public final class ChangeGuard {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChangeGuard.class);

    private static final ChangeGuard NONE = new ChangeGuard(new SimpleObjectProperty<>());

    /** Held here: bindings listen to what they depend on only weakly. */
    private final ObjectBinding<ClusterProfile> profile;
    private final BooleanBinding allowsChanges;
    private final StringBinding reason;

    private ChangeGuard(ObservableValue<ClusterProfile> source) {
        profile = Bindings.createObjectBinding(source::getValue, source);
        allowsChanges = Bindings.createBooleanBinding(() -> profile.get() == null || !profile.get().readOnly(), profile);
        reason = Bindings.createStringBinding(() -> allowsChanges.get() ? "" : reasonFor(profile.get()), allowsChanges, profile);
    }

    /**
     * Follows {@code connection} (null while there is none): changes are off while the profile
     * {@code profileOf} names for it is read-only.
     */
    public static <T> ChangeGuard following(ObservableValue<T> connection, Function<? super T, ClusterProfile> profileOf) {
        return new ChangeGuard(Bindings.createObjectBinding(() -> {
            T now = connection.getValue();
            return now == null ? null : profileOf.apply(now);
        }, connection));
    }

    /** For a model that is never on a read-only cluster (tests, callers without a profile): always allows. */
    public static ChangeGuard none() {
        return NONE;
    }

    /** The words a read-only profile shows wherever it turns a change off. */
    public static String reasonFor(ClusterProfile readOnlyProfile) {
        String name = readOnlyProfile.name().isBlank() ? "" : " “" + readOnlyProfile.name() + "”";
        return "Read-only profile" + name + ": changes are turned off.";
    }

    /** True unless the cluster's profile is read-only. */
    public BooleanBinding allowsChangesProperty() {
        return allowsChanges;
    }

    public boolean allowsChanges() {
        return allowsChanges.get();
    }

    /** Why changes are off, in words; empty while they are allowed. */
    public StringBinding reasonProperty() {
        return reason;
    }

    public String reason() {
        return reason.get();
    }

    /** {@code executable}, and only while changes are allowed: for a command that changes the cluster. */
    public BooleanBinding and(ObservableBooleanValue executable) {
        return allowsChanges.and(executable);
    }

    /** True, after telling {@code message} the reason, while changes are off: for the start of a change's run path. */
    public boolean refuses(Consumer<String> message) {
        if (!allowsChanges()) {
            LOG.info("Change refused: {}", reason());
            message.accept(reason());
        }
        return !allowsChanges();
    }

    /** A failed future carrying {@link #reason()}, for a change asked for while changes are off. */
    public <T> CompletableFuture<T> refusal() {
        return CompletableFuture.failedFuture(new IllegalStateException(reason()));
    }
}
