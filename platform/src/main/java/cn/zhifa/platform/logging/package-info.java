/** Log output that never carries personal data. */
package cn.zhifa.platform.logging;
