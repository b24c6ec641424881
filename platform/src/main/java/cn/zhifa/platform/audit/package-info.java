/**
 * 全过程记录: every state change writes an event in the same transaction, chained by SHA-256 so
 * that an edited, deleted or reordered event is detected.
 */
package cn.zhifa.platform.audit;
