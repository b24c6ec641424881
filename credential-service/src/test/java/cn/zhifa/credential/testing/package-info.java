/** Test support: a stand-in for training-service's duty query and helpers to create test officers. */
package cn.zhifa.credential.testing;
