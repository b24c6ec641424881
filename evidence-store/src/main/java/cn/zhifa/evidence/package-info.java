/**
 * evidence-store: the audio-visual evidence (音像记录) of field inspections, uploaded with the tus 1.0.0
 * protocol, streamed to storage, hashed (SHA-256) while it streams and read back with every access audited.
 */
package cn.zhifa.evidence;
