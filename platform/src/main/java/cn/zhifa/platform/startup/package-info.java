/**
 * The process's start-up: {@link cn.zhifa.platform.startup.ExitWhenStarted} ends a training run that records the
 * JDK's ahead-of-time cache (docs/operations.md, "Start-up").
 */
package cn.zhifa.platform.startup;
