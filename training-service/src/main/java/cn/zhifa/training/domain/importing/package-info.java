/**
 * Attendance files (CSV and xlsx, read by the platform's import toolkit) row by row without holding the file in
 * memory: the header and the per-row field checks that need no database.
 */
package cn.zhifa.training.domain.importing;
