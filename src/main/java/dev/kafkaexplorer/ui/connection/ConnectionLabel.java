package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;

/**
 * How a window names the cluster it works on, in its title and the badge of the connection bar, so
 * that two windows are never mistaken for each other: the profile's name and colour (production
 * profiles in red, with the word), the local broker, or the servers typed in.
 */
public record ConnectionLabel(String name, String colour, boolean production) {

    static final String PRODUCTION_COLOUR = "#dc2626";
    static final String SERVERS_COLOUR = "#64748b";

    /** The label of {@code connection}, made to {@code servers}; null when there is none. */
    public static ConnectionLabel of(Connection connection, String servers) {
        if (connection == null) {
            return null;
        }
        ClusterProfile profile = connection.profile();
        if (profile != null) {
            // The colour goes into a style: only a plain #rrggbb is taken.
            String colour = profile.colour().matches("#[0-9a-fA-F]{6}") ? profile.colour() : ClusterProfile.DEFAULT_COLOUR;
            return new ConnectionLabel(profile.name(), profile.production() ? PRODUCTION_COLOUR : colour, profile.production());
        }
        if (connection.localBroker()) {
            ClusterProfile local = ClusterProfile.localBroker();
            return new ConnectionLabel(local.name(), local.colour(), false);
        }
        return new ConnectionLabel(shortly(servers), SERVERS_COLOUR, false);
    }

    /** The first of {@code servers} and how many more: the bar beside the badge shows them all. */
    private static String shortly(String servers) {
        String[] each = servers.split(",");
        return each.length == 1 ? servers.trim() : each[0].trim() + " +" + (each.length - 1) + " more";
    }

    /** The badge's words: the name, and "production" for a production cluster. */
    public String badgeText() {
        return production ? name + " · production" : name;
    }

    /** The window title for the app called {@code app}. */
    public String title(String app) {
        return app + " — " + name + (production ? " (production)" : "");
    }
}
