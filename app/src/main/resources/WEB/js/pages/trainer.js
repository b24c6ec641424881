// The training organiser's console: courses with their attendance, attendance import, compliance.
import {layout} from '../layout.js';
import {requireRole} from '../session.js';
import {tabs} from '../tabs.js';
import {t} from '../i18n.js';
import {number} from '../format.js';
import messages from '../messages/trainer.js';
import {courseList, newCourseForm} from '../trainer/courses.js';
import {attendance} from '../trainer/attendance.js';
import {field} from '../forms.js';
import {importForm} from '../upload.js';
import {complianceReport} from '../compliance.js';

const session = requireRole('trainer');
layout({active: null, messages, title: 'trainer.page'});
const $ = id => document.getElementById(id);

async function courses() {
    const list = await courseList($('course-filter'), $('course-list'), course => attendance($('attendance'), course));
    await newCourseForm($('course-new'), () => list.reload());
}

function imports() {
    $('import-body').replaceChildren(importForm({
        id: 'attendance-import', path: '/api/v1/attendance/import', template: '/api/v1/attendance/import/template',
        confirm: 'import.confirm',
        extraFields: [field({name: 'year', label: 'import.year', type: 'number'})],
        query: v => ({year: v.year, fileName: v.file?.name}),
        done: r => (r.alreadyImported ? t('import.again', r) : t('import.done', {rows: r.rows, hours: number(r.hours, 1)})),
    }));
}

if (session) {
    const loaders = {courses, import: imports, compliance: () => complianceReport($('compliance-body'))};
    tabs($('tabs'), (id, first) => first && loaders[id]());
}
