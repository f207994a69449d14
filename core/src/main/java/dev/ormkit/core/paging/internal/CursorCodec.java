package dev.ormkit.core.paging.internal;

import dev.ormkit.core.paging.InvalidCursorException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Makes and checks keyset cursors: {@code base64url(payload) "." base64url(HMAC-SHA256(payload))}. The
 * payload holds the entity name, the order signature, the key values as text and, for a tenant's session, the
 * tenant (format 2), so a cursor issued to one tenant is refused to another: the tenant is signed with the rest.
 * The MAC is checked before the payload is parsed, so nothing a client made up is ever read, let alone turned
 * into SQL. Format 1 (no tenant) is still read, as a cursor without tenant.
 */
public final class CursorCodec {

    /** Longer cursors are rejected unread: no request can make the server decode megabytes. */
    public static final int MAX_LENGTH = 4096;
    private static final byte FORMAT = 1;
    private static final byte FORMAT_WITH_TENANT = 2;

    private final SecretKeySpec key;
    /** Initialised once; each use works on a clone (a Mac is not thread-safe, and getInstance is slow). */
    private final Mac prototype;

    public CursorCodec(byte[] secret) {
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.prototype = newMac();
    }

    /**
     * A row position: the query it belongs to, the text of its key values, and the tenant of the session that
     * read it (the text of {@code Session.getTenantIdentifier()}; null without tenant).
     */
    public record Position(String entity, String order, List<@Nullable String> values, @Nullable String tenant) {

        /** A position read without tenant. */
        public Position(String entity, String order, List<@Nullable String> values) {
            this(entity, order, values, null);
        }
    }

    /**
     * The cursor, or empty when it would be longer than {@link #MAX_LENGTH}: {@link #decode} would refuse it,
     * so it must never be handed out. Checked before encoding, too: {@code writeUTF} cannot write more than
     * 65,535 bytes, and its exception would carry part of the value.
     */
    public Optional<String> encode(Position position) {
        long bytesAtLeast = 0;
        for (String value : position.values()) {
            bytesAtLeast += value == null ? 0 : value.length();
        }
        if (bytesAtLeast > MAX_LENGTH) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(position.tenant() == null ? FORMAT : FORMAT_WITH_TENANT);
            if (position.tenant() != null) {
                out.writeUTF(position.tenant());
            }
            out.writeUTF(position.entity());
            out.writeUTF(position.order());
            out.writeShort(position.values().size());
            for (String value : position.values()) {
                out.writeBoolean(value != null);
                if (value != null) {
                    out.writeUTF(value);
                }
            }
        } catch (IOException tooLong) {
            return Optional.empty(); // a key of more than 65,535 UTF-8 bytes; the message is not passed on
        }
        byte[] payload = bytes.toByteArray();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String cursor = base64.encodeToString(payload) + "." + base64.encodeToString(mac(payload));
        return cursor.length() > MAX_LENGTH ? Optional.empty() : Optional.of(cursor);
    }

    /** The position, after checking signature, entity and order against what the request expects. */
    public Position decode(String cursor, String expectedEntity, String expectedOrder) {
        return decode(cursor, expectedEntity, expectedOrder, null);
    }

    /**
     * The position, after checking signature, entity, order and tenant against what the request expects;
     * {@code expectedTenant} is the tenant of the reading session, null without tenant.
     */
    public Position decode(String cursor, String expectedEntity, String expectedOrder,
            @Nullable String expectedTenant) {
        if (cursor.length() > MAX_LENGTH) {
            throw rejected("it is longer than " + MAX_LENGTH + " characters");
        }
        int dot = cursor.indexOf('.');
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(cursor.substring(0, Math.max(dot, 0)));
            signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            throw rejected("it is not in ormkit's cursor format");
        }
        // Base64 ignores the unused low bits of a last character, so "…s" and "…v" can decode alike: only the
        // canonical text of the decoded bytes is accepted, so that no altered cursor passes (found by fuzzing).
        Base64.Encoder canonical = Base64.getUrlEncoder().withoutPadding();
        if (dot < 0 || !cursor.equals(canonical.encodeToString(payload) + "." + canonical.encodeToString(signature))
                || !MessageDigest.isEqual(signature, mac(payload))) {
            throw rejected("its signature does not match: it was altered, forged, or signed with another "
                    + "ormkit.cursor_secret (another application, or before the secret changed)");
        }
        Position position = parse(payload);
        if (!position.entity().equals(expectedEntity) || !position.order().equals(expectedOrder)) {
            throw rejected("it was made for " + position.entity() + " ordered by " + position.order()
                    + ", but this query reads " + expectedEntity + " ordered by " + expectedOrder
                    + ". A cursor only continues the query that produced it");
        }
        if (!Objects.equals(position.tenant(), expectedTenant)) {
            // Neither tenant is named: the message may reach the other tenant's client.
            throw rejected(position.tenant() == null ? "it was issued without a tenant, but this query reads as a tenant"
                    : expectedTenant == null ? "it was issued to a tenant, but this query reads without one"
                    : "it was issued to another tenant. A cursor only continues a query of the tenant that read it");
        }
        return position;
    }

    private static Position parse(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            byte format = in.readByte();
            if (format != FORMAT && format != FORMAT_WITH_TENANT) {
                throw rejected("its format version is unknown");
            }
            String tenant = format == FORMAT_WITH_TENANT ? in.readUTF() : null;
            String entity = in.readUTF();
            String order = in.readUTF();
            int count = in.readShort();
            List<@Nullable String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(in.readBoolean() ? in.readUTF() : null);
            }
            return new Position(entity, order, values, tenant);
        } catch (IOException malformed) {
            throw rejected("it is malformed");
        }
    }

    private byte[] mac(byte[] payload) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException providerWithoutClone) {
            mac = newMac();
        }
        return mac.doFinal(payload);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", unavailable);
        }
    }

    private static InvalidCursorException rejected(String why) {
        return new InvalidCursorException("The cursor was rejected: " + why + ". Start again from the first "
                + "page (a PageRequest without cursor).");
    }
}
