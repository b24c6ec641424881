/** The exam REST resources under {@code /api/v1/exam-questions}, {@code /api/v1/exams} and {@code /api/v1/sittings}. */
package cn.zhifa.exam.web;
