/**
 * The database switch of every module's tests: the whole suite runs on embedded H2, and the tests
 * marked {@link cn.zhifa.db.testing.DatabaseTest} run again on a real MySQL-compatible server in a
 * fresh database, or are reported as skipped when none is configured.
 */
package cn.zhifa.db.testing;
