package cn.zhifa.credential.service;

import java.util.List;

/**
 * A change of an officer (transfer, post status, position, categories, areas, ...): absent fields stay as
 * they are; {@code version} is the version the client read (optimistic locking).
 */
public record OfficerChange(Integer version, String agencyCode, String position, String employmentType,
                            String postStatus, List<String> categories, List<String> areas, Boolean legalQualification,
                            Boolean legalReviewer) {
}
