// The HR office's console: roster search, an officer's record (new or changed), import, training compliance.
import {layout} from '../layout.js';
import {requireRole} from '../session.js';
import {tabs} from '../tabs.js';
import {t} from '../i18n.js';
import messages from '../messages/hr.js';
import {rosterSearch} from '../hr/roster.js';
import {OfficerEditor} from '../hr/officer-form.js';
import {importForm} from '../upload.js';
import {complianceReport} from '../compliance.js';

const session = requireRole('hr');
layout({active: null, messages, title: 'hr.page'});
const $ = id => document.getElementById(id);

if (session) {
    const editor = new OfficerEditor($('officer-search'), $('officer-body'));
    const openOfficer = id => {
        location.hash = '#officer';
        return editor.open(id);
    };
    const loaders = {
        roster: () => rosterSearch($('roster-search'), $('roster-list'), openOfficer),
        officer: () => undefined,
        import: () => $('import-body').replaceChildren(importForm({
            id: 'roster-import', path: '/api/v1/officers/import', template: '/api/v1/officers/import/template',
            confirm: 'import.confirm', done: r => t('import.done', r),
        })),
        compliance: () => complianceReport($('compliance-body')),
    };
    tabs($('tabs'), (id, first) => first && loaders[id]());
}
