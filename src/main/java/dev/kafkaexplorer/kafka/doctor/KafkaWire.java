package dev.kafkaexplorer.kafka.doctor;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.message.ApiVersionsRequestData;
import org.apache.kafka.common.message.MetadataRequestData;
import org.apache.kafka.common.protocol.ApiKeys;
import org.apache.kafka.common.requests.AbstractRequest;
import org.apache.kafka.common.requests.AbstractResponse;
import org.apache.kafka.common.requests.ApiVersionsRequest;
import org.apache.kafka.common.requests.MetadataRequest;
import org.apache.kafka.common.requests.MetadataResponse;
import org.apache.kafka.common.requests.RequestHeader;

/**
 * Kafka requests written and read on a plain or TLS socket, built with Kafka's own message
 * classes: the doctor speaks the protocol itself so that it can look at the first bytes of an
 * answer (an HTTP server, a TLS alert) and ask for metadata without a client that would retry.
 */
final class KafkaWire {

    private static final String CLIENT_ID = "kafka-explorer-doctor";
    /** ApiVersions v3 is answered by every broker since 2.4; older ones answer in v0 with an error, still Kafka. */
    private static final short API_VERSIONS_VERSION = 3;
    /** Kafka 4 brokers answer Metadata v4 and later; 2.1 brokers up to v7. */
    private static final short METADATA_VERSION = 7;
    private static final int MAX_RESPONSE = 16 * 1024 * 1024;

    private final Socket socket;
    private int correlationId = 1;

    KafkaWire(Socket socket) {
        this.socket = socket;
    }

    /** The bytes of an ApiVersions request with its size prefix, correlation id {@code id}. */
    static byte[] apiVersionsRequest(int id) {
        return frame(apiVersions(), header(ApiKeys.API_VERSIONS, API_VERSIONS_VERSION, id));
    }

    private static ApiVersionsRequest apiVersions() {
        return new ApiVersionsRequest(new ApiVersionsRequestData()
                .setClientSoftwareName("kafka-explorer").setClientSoftwareVersion("1"), API_VERSIONS_VERSION);
    }

    /** Whether {@code first} (at least 8 bytes) starts a Kafka response to correlation id {@code id}. */
    static boolean looksLikeKafkaResponse(byte[] first, int id) {
        if (first.length < 8) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(first);
        int size = b.getInt();
        return size >= 4 && size <= MAX_RESPONSE && b.getInt() == id;
    }

    static boolean looksLikeHttp(byte[] first) {
        return new String(first, StandardCharsets.US_ASCII).startsWith("HTTP/");
    }

    /** Sends ApiVersions with correlation id {@code id} and returns the first bytes of the answer, to tell what answered. */
    byte[] apiVersionsFirstBytes(int id) throws IOException {
        socket.getOutputStream().write(apiVersionsRequest(id));
        socket.getOutputStream().flush();
        return firstBytes(socket, 8);
    }

    /** Asks for the brokers only (no topics), as the client does right after connecting. */
    MetadataResponse brokers() throws IOException {
        RequestHeader header = header(ApiKeys.METADATA, METADATA_VERSION, correlationId++);
        MetadataRequest request = new MetadataRequest(new MetadataRequestData().setTopics(List.of())
                .setAllowAutoTopicCreation(false), METADATA_VERSION);
        return (MetadataResponse) exchange(request, header);
    }

    private AbstractResponse exchange(AbstractRequest request, RequestHeader header) throws IOException {
        socket.getOutputStream().write(frame(request, header));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        int size = ByteBuffer.wrap(readFully(in, 4)).getInt();
        if (size < 4 || size > MAX_RESPONSE) {
            throw new IOException("not a Kafka answer (size " + size + ")");
        }
        return AbstractResponse.parseResponse(ByteBuffer.wrap(readFully(in, size)), header);
    }

    /**
     * Up to {@code max} bytes, as many as arrive before the other side stops sending or the
     * socket's read timeout ends: what the doctor classifies a listener by.
     */
    static byte[] firstBytes(Socket socket, int max) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[max];
        InputStream in = socket.getInputStream();
        try {
            while (got.size() < max) {
                int n = in.read(buffer, 0, max - got.size());
                if (n < 0) {
                    break;
                }
                got.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            if (got.size() == 0) {
                throw e;
            }
        }
        return got.toByteArray();
    }

    private static byte[] readFully(InputStream in, int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new EOFException("the connection closed in the middle of an answer");
        }
        return bytes;
    }

    private static RequestHeader header(ApiKeys api, short version, int id) {
        return new RequestHeader(api, version, CLIENT_ID, id);
    }

    private static byte[] frame(AbstractRequest request, RequestHeader header) {
        ByteBuffer body = request.serializeWithHeader(header);
        ByteBuffer framed = ByteBuffer.allocate(4 + body.remaining());
        framed.putInt(body.remaining()).put(body);
        return framed.array();
    }
}
