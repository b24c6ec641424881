/** What resources share: paging of list responses ({@code ?page=&size=} in, {@code {items, page, size, total}} out) and the checks of request values. */
package cn.zhifa.platform.web;
