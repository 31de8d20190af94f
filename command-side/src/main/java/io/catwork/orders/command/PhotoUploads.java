package io.catwork.orders.command;

import io.catwork.common.api.CatworkException;
import io.catwork.common.api.CommonErrorCode;
import io.catwork.common.api.Photos;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Accepts a check-in or report photo: JPEG or PNG judged by its first bytes (never by name or declared type), at most
 * 10 MiB (larger bodies are refused by the multipart limits before they are read). Anything else is a 415.
 */
@Component
class PhotoUploads {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final Photos photos;

    PhotoUploads(Photos photos) {
        this.photos = photos;
    }

    /** Stores the photo in the caller's transaction. */
    Photos.StoredPhoto store(MultipartFile photo) {
        if (photo == null || photo.isEmpty()) {
            throw CatworkException.invalid("photo", "a JPEG or PNG photo is required (multipart part 'photo')");
        }
        if (photo.getSize() > MAX_BYTES) {
            throw new TooLarge();
        }
        byte[] content;
        try {
            content = photo.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String mediaType = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : null;
        if (mediaType == null) {
            throw new Unsupported();
        }
        return photos.store(content, mediaType);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Mapped to 413 in ops. */
    static final class TooLarge extends CatworkException {
        TooLarge() {
            super(CommonErrorCode.PAYLOAD_TOO_LARGE, "photo", "a photo may be at most 10 MiB");
        }
    }

    /** Mapped to 415 in ops. */
    static final class Unsupported extends CatworkException {
        Unsupported() {
            super(CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, "photo", "a photo must be a JPEG or a PNG");
        }
    }
}
