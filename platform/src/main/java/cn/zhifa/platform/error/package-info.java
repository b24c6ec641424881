/** RFC 9457 problem details: every failure leaves the server as application/problem+json. */
package cn.zhifa.platform.error;
