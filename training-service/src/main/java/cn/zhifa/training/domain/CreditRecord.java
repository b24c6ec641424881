package cn.zhifa.training.domain;

/**
 * One credited attendance as the duty sees it: the course's category and organiser, and the hours.
 *
 * @param category        the course's training category
 * @param organizerAgency the code of the agency that organised the course
 * @param hours           the credited hours
 */
public record CreditRecord(TrainingCategory category, String organizerAgency, Hours hours) {
}
