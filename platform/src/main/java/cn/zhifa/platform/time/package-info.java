/** The business clock: one time zone for dates such as validity ends and training years. */
package cn.zhifa.platform.time;
