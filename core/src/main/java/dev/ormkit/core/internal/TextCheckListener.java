package dev.ormkit.core.internal;

import dev.ormkit.core.UnencodableTextException;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Refuses string properties PostgreSQL cannot store faithfully, before the row is written: pgjdbc encodes a
 * lone surrogate as {@code ?} (measured: the row then differs from the object, with no error), and a NUL
 * character fails late with a message that shows the value. Covers the insert and update of every session,
 * {@code StatelessSession} inserts ({@code BatchInsert}) and {@code BulkImport}, which fires PRE_INSERT too.
 * Basic string properties only; strings inside embeddables and JSON are not inspected.
 */
final class TextCheckListener implements PreInsertEventListener, PreUpdateEventListener {

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        check(event.getPersister(), event.getState());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        check(event.getPersister(), event.getState());
        return false;
    }

    private static void check(EntityPersister persister, Object[] state) {
        for (int i = 0; i < state.length; i++) {
            if (state[i] instanceof String text) {
                int bad = firstUnencodable(text);
                if (bad >= 0) {
                    throw refused(persister, i, text, bad);
                }
            }
        }
    }

    /** The index of the first lone surrogate or NUL, or -1. */
    static int firstUnencodable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static UnencodableTextException refused(EntityPersister persister, int property, String text, int at) {
        char c = text.charAt(at);
        String entity = persister.getEntityName().substring(persister.getEntityName().lastIndexOf('.') + 1);
        String what = c == 0 ? "a NUL character (U+0000), which PostgreSQL text cannot hold"
                : "a lone UTF-16 surrogate (U+" + String.format("%04X", (int) c) + ") with no partner, which pgjdbc "
                        + "would silently store as '?'";
        return new UnencodableTextException(entity + "." + persister.getPropertyNames()[property] + " holds " + what
                + " at index " + at + " of " + text.length() + ". Nothing was written. Fix the text where it was "
                + "made: usually a string cut in the middle of a surrogate pair (use codePoint-aware methods such as "
                + "String.offsetByCodePoints), or a NUL from binary input (store bytes as bytea).");
    }
}
