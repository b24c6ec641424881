package cn.zhifa.planner.mapper;

import java.math.BigDecimal;

/**
 * The full-process record of an inspection ({@code insp_field_record}), from check-in on; the position only if sent,
 * the acknowledgement once given ({@code ackRefused} null before), {@code finalAtMs} once final. The check list
 * version of each matter it covers: {@link RecordChecklistRow}.
 */
public record FieldRecordRow(long inspectionId, long checkedInAtMs, long checkedInBy, BigDecimal latitude,
                             BigDecimal longitude, BigDecimal accuracyMeters, String ackName, String ackPosition,
                             Boolean ackRefused, String ackNote, Long ackAtMs, Long finalAtMs, int version) {
    public boolean isFinal() {
        return finalAtMs != null;
    }
}
