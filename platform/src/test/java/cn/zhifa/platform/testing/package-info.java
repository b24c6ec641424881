/** Test helpers other modules share: tokens for every role, the one HTTP client of API tests, the one writer of
 * credential-service's tables, the business clock and import files. */
package cn.zhifa.platform.testing;
