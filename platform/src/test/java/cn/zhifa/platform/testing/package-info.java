/** Test helpers other modules share: tokens for every role. */
package cn.zhifa.platform.testing;
