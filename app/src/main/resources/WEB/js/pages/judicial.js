// The judicial bureau's console: officers found by name, eligibility, exams and issue, credential actions,
// clean-up list, legal reviewers, training compliance, overdue and incomplete inspections and the audit record
// with its chain check.
import {layout} from '../layout.js';
import {requireRole} from '../session.js';
import {tabs} from '../tabs.js';
import {params} from '../dom.js';
import messages from '../messages/judicial.js';
import {OfficerDesk} from '../judicial/officer.js';
import {CredentialDesk} from '../judicial/credential.js';
import {cleanupList} from '../judicial/cleanup.js';
import {reviewerReport} from '../judicial/reviewers.js';
import {complianceReport} from '../compliance.js';
import {rosterSearch} from '../hr/roster.js';
import {auditLog} from '../judicial/audit.js';
import {openRecords} from '../planner/open-records.js';

const session = requireRole('judicial');
layout({active: null, messages, title: 'judicial.page'});
const $ = id => document.getElementById(id);

if (session) {
    let officers;
    const openOfficer = async id => {
        location.hash = '#officer';
        await officers.open(id);
        $('officer-body').scrollIntoView({block: 'start'});
    };
    const credentials = new CredentialDesk($('credential-search'), $('credential-body'), openOfficer);
    const openCredential = number => {
        location.hash = '#credential';
        return credentials.open(number);
    };
    officers = new OfficerDesk($('officer-body'), openCredential);
    const start = params();
    const loaders = {
        officer: () => Promise.all([rosterSearch($('officer-search'), $('officer-list'), openOfficer),
            start.get('officer') && officers.open(start.get('officer'))]),
        credential: () => start.get('number') && credentials.open(start.get('number')),
        cleanup: () => cleanupList($('cleanup-body'), openCredential),
        reviewers: () => reviewerReport($('reviewers-body')),
        compliance: () => complianceReport($('compliance-body')),
        records: () => openRecords($('records-body')),
        audit: () => auditLog($('audit-body')),
    };
    tabs($('tabs'), (id, first) => first && loaders[id]());
}
