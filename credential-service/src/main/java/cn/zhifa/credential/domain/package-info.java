/**
 * The credential rules as plain Java (no CDI, no SQL): eligibility, the credential life cycle, numbering,
 * annual review, clean-up, the legal-reviewer ratio and the signature printed in QR codes.
 */
package cn.zhifa.credential.domain;
