/** Test support of exam-service: the exam steps through the API, its own tables, the exam records stub. */
package cn.zhifa.exam.testing;
