/**
 * The training rules in plain Java (no CDI, no SQL): hours in half-hour steps, the yearly legal-training
 * duty (每人每年不少于60学时, 本单位组织的法律知识更新培训) with its pro-rata mid-year view, and the policy
 * that says how many hours are required and which categories count.
 */
package cn.zhifa.training.domain;
