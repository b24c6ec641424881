/** Test helpers: the one fixture that writes credential-service tables, and an HTTP helper with role tokens. */
package cn.zhifa.planner.testing;
