package dev.ormkit.softdelete;

/** Which rows of soft-deletable entities a session sees. */
public enum Visibility {

    /** Live rows only: the default in every session. */
    LIVE,

    /** Live and soft-deleted rows. */
    INCLUDING_DELETED,

    /** Soft-deleted rows only. */
    ONLY_DELETED
}
