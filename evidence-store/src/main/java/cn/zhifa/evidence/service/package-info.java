/**
 * The evidence services: settings, the file store under the data directory, the resumable SHA-256 of uploads,
 * and the transactions that record progress, completion and every read in the audit chain.
 */
package cn.zhifa.evidence.service;
