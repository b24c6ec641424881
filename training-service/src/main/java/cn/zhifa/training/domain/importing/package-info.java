/**
 * Reading attendance files (CSV and xlsx) row by row without holding the file in memory: the header,
 * the encoding (UTF-8 with or without BOM, or GBK/GB18030 as saved by Excel), and the per-row field
 * checks that need no database.
 */
package cn.zhifa.training.domain.importing;
