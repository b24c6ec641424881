/**
 * The persistence plumbing every service shares: the pooled {@link javax.sql.DataSource}, the schema
 * migrations run at start-up, and the MyBatis session factory that mybatis-cdi injects mappers from.
 */
package cn.zhifa.db;
