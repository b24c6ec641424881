/** Test support of exam-service: officers seeded in credential-service's table, the exam records stub, a client. */
package cn.zhifa.exam.testing;
