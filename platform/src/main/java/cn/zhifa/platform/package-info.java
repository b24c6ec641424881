/** What every service shares: errors, security, the audit record, idempotency, dictionaries. */
package cn.zhifa.platform;
