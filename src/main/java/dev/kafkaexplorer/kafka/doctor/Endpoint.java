package dev.kafkaexplorer.kafka.doctor;

import java.util.ArrayList;
import java.util.List;

/** One {@code host:port} of a bootstrap list or of a broker's advertised listener. */
record Endpoint(String host, int port) {

    /** The entries of a {@code bootstrap.servers} list; IPv6 addresses in brackets, as Kafka takes them. */
    static List<Endpoint> parseList(String servers) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String entry : servers.split(",")) {
            String s = entry.trim();
            if (s.isEmpty()) {
                continue;
            }
            int colon = s.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("'" + s + "' needs a port, e.g. " + s + ":9092");
            }
            String host = s.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            endpoints.add(new Endpoint(host, Integer.parseInt(s.substring(colon + 1))));
        }
        return endpoints;
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
