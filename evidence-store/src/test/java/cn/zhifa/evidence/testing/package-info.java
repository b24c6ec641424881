/** Test support of evidence-store: the inspection teams it asks about, kept in memory. */
package cn.zhifa.evidence.testing;
