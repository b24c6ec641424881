/** Scheduled work that must run once per period even when several server instances run. */
package cn.zhifa.platform.jobs;
