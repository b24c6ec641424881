package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.AnnualReviewRules;
import cn.zhifa.credential.domain.Credential;

/** An annual review's decision and the credential after it (suspended when it failed). */
public record ReviewOutcome(AnnualReviewRules.Decision decision, Credential credential) {
}
