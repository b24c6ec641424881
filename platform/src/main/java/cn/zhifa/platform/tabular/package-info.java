/**
 * The one import and export toolkit: uploads spooled under a byte cap, CSV (UTF-8 or GBK, detected) and
 * xlsx (streamed, with limits on rows, cells and expanded size) read row by row, and tables written as CSV
 * or xlsx with formula-like cells neutralised. Every service's imports and exports go through it.
 */
package cn.zhifa.platform.tabular;
