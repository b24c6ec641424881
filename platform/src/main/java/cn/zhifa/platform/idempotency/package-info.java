/**
 * {@code Idempotency-Key} on writes: the first answer (status, type, body and headers) is stored in the database and
 * returned again for the same key and the same request (method, path, query, type, body) within 24 hours, on any
 * instance; also a failed answer once the write it followed had committed ({@link CommitWatch}).
 */
package cn.zhifa.platform.idempotency;
