/**
 * The credential server's side of running apart: the annual review's training duty read from the training
 * server over HTTP (MicroProfile REST Client with a timeout and a circuit breaker) instead of in-process.
 */
package cn.zhifa.servers.credential;
