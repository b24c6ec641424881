/** MyBatis mappers of the {@code insp_} tables and of credential-service's published inspector views. */
package cn.zhifa.planner.mapper;
