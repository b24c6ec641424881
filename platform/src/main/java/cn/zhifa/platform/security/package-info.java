/**
 * Who is calling: MicroProfile JWT tokens with roles in the {@code groups} claim, the development
 * token issuer of the embedded default, and the start-up guard that keeps it out of production.
 */
package cn.zhifa.platform.security;
