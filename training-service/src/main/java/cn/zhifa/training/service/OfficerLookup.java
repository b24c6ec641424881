package cn.zhifa.training.service;

import cn.zhifa.training.domain.importing.OfficerRef;
import cn.zhifa.training.mapper.OfficerMapper;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the officers that attendances name by id, identity number or credential number: one query per kind for a
 * whole request or import chunk. The same for a trainer's entries and an imported file.
 */
final class OfficerLookup {
    private OfficerLookup() {
    }

    /** Each reference that names an officer → the officer id; references that name none are absent. */
    static Map<OfficerRef, Long> resolve(OfficerMapper officers, Collection<OfficerRef> refs) {
        Set<Long> ids = new HashSet<>();
        Set<String> idNumbers = new HashSet<>();
        Set<String> credentialNumbers = new HashSet<>();
        for (OfficerRef ref : refs) {
            switch (ref) {
                case OfficerRef.ById byId -> ids.add(byId.id());
                case OfficerRef.ByIdNumber byIdNumber -> idNumbers.add(byIdNumber.idNumber());
                case OfficerRef.ByCredentialNumber byNumber -> credentialNumbers.add(byNumber.credentialNumber());
            }
        }
        Map<OfficerRef, Long> resolved = new HashMap<>();
        if (!ids.isEmpty()) {
            officers.existingIds(ids).forEach(id -> resolved.put(new OfficerRef.ById(id), id));
        }
        if (!idNumbers.isEmpty()) {
            officers.findByIdNumbers(idNumbers)
                    .forEach(o -> resolved.put(new OfficerRef.ByIdNumber(o.idNumber()), o.id()));
        }
        if (!credentialNumbers.isEmpty()) {
            officers.findByCredentialNumbers(credentialNumbers).forEach(c -> resolved.put(
                    new OfficerRef.ByCredentialNumber(c.credentialNumber()), c.officerId()));
        }
        return resolved;
    }
}
