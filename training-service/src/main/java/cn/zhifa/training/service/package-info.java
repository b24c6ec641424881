/**
 * The training service's transactions: courses, attendance (entered, corrected, imported) with the
 * yearly totals kept beside it, officers' credits and archives, the compliance report, and the duty
 * query credential-service's annual review calls.
 */
package cn.zhifa.training.service;
