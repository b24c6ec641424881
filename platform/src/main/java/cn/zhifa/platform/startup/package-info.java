/**
 * The process's start-up: {@link cn.zhifa.platform.startup.ExitWhenStarted} ends a training run that records the
 * JDK's ahead-of-time cache, after {@link cn.zhifa.platform.startup.AotTraining} has sent the modules'
 * {@link cn.zhifa.platform.startup.TrainingExercise}s to the server when asked (docs/operations.md, "Start-up").
 */
package cn.zhifa.platform.startup;
