/** Test support of evidence-store: the inspection teams it asks about (kept in memory), generated videos and photos, and S3Proxy as a real S3 API server. */
package cn.zhifa.evidence.testing;
