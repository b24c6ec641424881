// 法制审核人员比例 per agency, against the configured minimum.
import {replace} from '../dom.js';
import {get} from '../api.js';
import {badge, percent} from '../format.js';
import {t} from '../i18n.js';
import {table} from '../table.js';
import {pager, pageOf} from '../paging.js';
import {failIn} from '../problem.js';

export async function reviewerReport(container) {
    try {
        const lines = await get('/api/v1/reports/legal-reviewers');
        const columns = [
            {label: 'col.agency', value: l => l.agency?.name},
            {label: 'col.officers', num: true, value: l => String(l.assessment.officers)},
            {label: 'col.reviewers', num: true, value: l => String(l.assessment.reviewers)},
            {label: 'col.ratio', num: true, value: l => percent(l.assessment.ratio)},
            {label: 'col.minimum', num: true, value: l => percent(l.assessment.minimumRatio)},
            {label: 'col.required', num: true, value: l => String(l.assessment.requiredReviewers)},
            {label: 'col.unqualified', num: true, value: l => String(l.assessment.unqualifiedReviewers)},
            {label: 'col.meets', value: l => badge('x', t(l.assessment.meetsMinimum ? 'common.yes' : 'common.no'), l.assessment.meetsMinimum ? 'ok' : 'bad')},
        ];
        const show = page => replace(container, table(columns, pageOf(lines, page, 20).items), pager(pageOf(lines, page, 20), show));
        show(1);
    } catch (error) {
        failIn(container, error);
    }
}
