/** The training-service benchmark (a program, not a test): see docs/training.md for the command and figures. */
package cn.zhifa.training.bench;
