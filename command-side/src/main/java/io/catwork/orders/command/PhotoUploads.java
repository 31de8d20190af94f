package io.catwork.orders.command;

import io.catwork.common.api.BodyTooLarge;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.CommonErrorCode;
import io.catwork.common.api.Photos;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;
import org.springframework.stereotype.Component;

/**
 * Accepts a check-in or report photo straight from the request stream (multipart part {@code photo}): it is judged a
 * JPEG or PNG by its first bytes (never by name or declared type) before anything more is read, buffered or stored,
 * and read on only up to 10 MiB. Anything else is a 415, a larger one a 413. Multipart requests are not parsed ahead
 * ({@code spring.servlet.multipart.resolve-lazily}), so the caller checks who may upload before a byte of the body is
 * read.
 */
@Component
class PhotoUploads {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String PART = "photo";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final Photos photos;

    PhotoUploads(Photos photos) {
        this.photos = photos;
    }

    /** A photo read from a request, not stored yet. */
    record Upload(byte[] content, String mediaType) {
    }

    /**
     * Reads the request's photo part, outside any transaction (a slow upload holds no database connection). A body
     * that is not readable multipart is a 400, one past the limits a 413.
     */
    Upload read(HttpServletRequest request) {
        try {
            FileItemIterator items = new FileUpload().getItemIterator(new ServletRequestContext(request));
            while (items.hasNext()) {
                FileItemStream item = items.next();
                if (!item.isFormField() && PART.equals(item.getFieldName())) {
                    // not closed on a refusal: closing a part reads the rest of it, which a refusal must not wait for
                    return read(item.openStream());
                }
            }
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof BodyTooLarge) {
                    throw new TooLarge();
                }
            }
            throw CatworkException.invalid(PART, "not a readable multipart/form-data body");
        }
        throw CatworkException.invalid(PART, "a JPEG or PNG photo is required (multipart part 'photo')");
    }

    /** Stores a photo in the caller's transaction. */
    Photos.StoredPhoto store(Upload upload) {
        return photos.store(upload.content(), upload.mediaType());
    }

    private Upload read(InputStream content) throws IOException {
        byte[] head = content.readNBytes(PNG.length);
        if (head.length == 0) {
            throw CatworkException.invalid(PART, "the photo is empty");
        }
        String mediaType = startsWith(head, JPEG) ? "image/jpeg" : startsWith(head, PNG) ? "image/png" : null;
        if (mediaType == null) {
            throw new Unsupported();
        }
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        photo.write(head);
        byte[] buffer = new byte[64 * 1024];
        for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
            if (photo.size() + read > MAX_BYTES) {
                throw new TooLarge();
            }
            photo.write(buffer, 0, read);
        }
        return new Upload(photo.toByteArray(), mediaType);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length
                && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    /** Mapped to 413 in ops. */
    static final class TooLarge extends CatworkException {
        TooLarge() {
            super(CommonErrorCode.PAYLOAD_TOO_LARGE, PART, "a photo may be at most 10 MiB");
        }
    }

    /** Mapped to 415 in ops. */
    static final class Unsupported extends CatworkException {
        Unsupported() {
            super(CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, PART, "a photo must be a JPEG or a PNG");
        }
    }
}
