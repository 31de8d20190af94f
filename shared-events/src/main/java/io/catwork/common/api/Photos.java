package io.catwork.common.api;

import java.util.Optional;
import java.util.UUID;

/**
 * Where photos live: outside the events, which carry only a photo's id and SHA-256. Implemented in ops; a photo is
 * stored in the caller's transaction, so a refused command leaves none behind.
 */
public interface Photos {

    StoredPhoto store(byte[] content, String mediaType);

    Optional<Photo> load(UUID id);

    record StoredPhoto(UUID id, String sha256, String mediaType, int size) {
    }

    record Photo(UUID id, String mediaType, byte[] content) {
    }
}
