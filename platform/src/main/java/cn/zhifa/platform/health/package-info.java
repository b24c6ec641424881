/** Readiness: the server is ready only while its database answers. */
package cn.zhifa.platform.health;
