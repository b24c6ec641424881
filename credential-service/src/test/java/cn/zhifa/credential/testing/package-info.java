/** Test support: a stand-in for training-service's duty query, test officers, and the steps most tests start from. */
package cn.zhifa.credential.testing;
