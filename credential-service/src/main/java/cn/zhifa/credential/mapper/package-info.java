/** MyBatis mappers of the {@code cred_} tables; each interface has its XML at the same resource path. */
package cn.zhifa.credential.mapper;
