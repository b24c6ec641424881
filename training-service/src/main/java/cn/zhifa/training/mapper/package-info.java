/**
 * MyBatis mappers of the {@code trn_} tables and of credential-service's published view
 * {@code cred_v_officer}, with the row records they read and write; the XML sits at the same path.
 */
package cn.zhifa.training.mapper;
