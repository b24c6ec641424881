/** The JAX-RS resources of evidence-store: the tus upload endpoints and the audited evidence reads. */
package cn.zhifa.evidence.web;
