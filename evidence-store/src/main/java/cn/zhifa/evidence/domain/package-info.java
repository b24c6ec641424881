/** The rules of evidence uploads and reads, in plain Java: tus offsets and metadata, byte ranges, media types. */
package cn.zhifa.evidence.domain;
