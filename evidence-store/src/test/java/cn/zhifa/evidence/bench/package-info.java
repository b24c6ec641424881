/** The evidence upload benchmark (a program, not a test): see docs/evidence.md for the command and figures. */
package cn.zhifa.evidence.bench;
