/** MyBatis mappers of the exam tables ({@code exm_}) and the published officer view {@code cred_v_exam_candidate}. */
package cn.zhifa.exam.mapper;
