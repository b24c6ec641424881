package cn.zhifa.evidence.service;

import java.util.List;

import cn.zhifa.evidence.mapper.EvidenceMapper;
import cn.zhifa.platform.contract.InspectionEvidence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What evidence-store tells inspection-planner of an inspection's evidence: its completed files. */
@ApplicationScoped
public class EvidenceOfInspections implements InspectionEvidence {
    private final EvidenceMapper evidence;

    @Inject
    public EvidenceOfInspections(EvidenceMapper evidence) {
        this.evidence = evidence;
    }

    @Override
    public List<Piece> completed(long inspectionId) {
        return evidence.completedOf(inspectionId).stream()
                .map(e -> new Piece(e.id(), e.kind(), e.itemCode(), e.filename(), e.mediaType(), e.uploadLength(),
                        e.sha256(), e.uploadedAtMs() == null ? e.createdAtMs() : e.uploadedAtMs(), e.uploadedBy()))
                .toList();
    }
}
