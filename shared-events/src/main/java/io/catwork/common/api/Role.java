package io.catwork.common.api;

/** The roles of Catwork's accounts. {@link #SYSTEM} and {@link #ANONYMOUS} only ever appear as actors of messages. */
public enum Role {
    CLIENT, WORKER, MANAGER, ASSEMBLER, SYSTEM, ANONYMOUS;

    public boolean isStaff() {
        return this == MANAGER || this == ASSEMBLER;
    }
}
