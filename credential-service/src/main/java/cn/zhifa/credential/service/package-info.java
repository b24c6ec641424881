/** Transactions of the credential service: roster, exams, credentials, reviews, clean-up, verification and reports. */
package cn.zhifa.credential.service;
