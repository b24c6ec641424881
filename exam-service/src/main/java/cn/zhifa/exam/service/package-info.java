/** The exam services: the question bank and its import, scheduling, registration, sittings, results and the timeout job. */
package cn.zhifa.exam.service;
