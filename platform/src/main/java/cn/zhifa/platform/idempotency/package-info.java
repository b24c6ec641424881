/**
 * {@code Idempotency-Key} on writes: the first result is stored in the database and returned again for
 * the same key and body within 24 hours, on any instance.
 */
package cn.zhifa.platform.idempotency;
