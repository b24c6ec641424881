/** The HTTP API of the credential service (JAX-RS resources, request and response records) and its public pages. */
package cn.zhifa.credential.web;
