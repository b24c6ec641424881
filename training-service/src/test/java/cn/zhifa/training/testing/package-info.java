/** Test helpers of training-service: what a trainer does through the API, and test data helpers. */
package cn.zhifa.training.testing;
