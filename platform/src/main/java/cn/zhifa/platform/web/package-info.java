/** Paging of list responses: {@code ?page=&size=} in, {@code {items, page, size, total}} out. */
package cn.zhifa.platform.web;
