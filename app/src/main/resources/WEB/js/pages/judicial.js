// The judicial bureau's console: eligibility and issue, credential actions, clean-up list, legal
// reviewers and training compliance.
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

const session = requireRole('judicial');
layout({active: null, messages, title: 'judicial.page'});
const $ = id => document.getElementById(id);

if (session) {
    const credentials = new CredentialDesk($('credential-search'), $('credential-body'));
    const openCredential = number => {
        location.hash = '#credential';
        return credentials.open(number);
    };
    const officers = new OfficerDesk($('officer-search'), $('officer-body'), openCredential);
    const start = params();
    const loaders = {
        officer: () => start.get('officer') && officers.open(start.get('officer')),
        credential: () => start.get('number') && credentials.open(start.get('number')),
        cleanup: () => cleanupList($('cleanup-body'), openCredential),
        reviewers: () => reviewerReport($('reviewers-body')),
        compliance: () => complianceReport($('compliance-body')),
    };
    tabs($('tabs'), (id, first) => first && loaders[id]());
}
