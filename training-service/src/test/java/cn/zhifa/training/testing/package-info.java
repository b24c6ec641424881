/** Test fixtures of training-service: officers seeded the way credential-service stores them, and test data helpers. */
package cn.zhifa.training.testing;
