// The clean-up list (清理清单): credentials that must be revoked, recovered or destroyed, with the reason.
import {h, replace} from '../dom.js';
import {get} from '../api.js';
import {t} from '../i18n.js';
import {badge, instant} from '../format.js';
import {table} from '../table.js';
import {pager, pageOf} from '../paging.js';
import {failIn} from '../problem.js';

export async function cleanupList(container, handle) {
    try {
        const rows = await get('/api/v1/credentials/cleanup');
        const columns = [
            {label: 'col.number', value: r => h('span', {class: 'mono', text: r.number})},
            {label: 'col.holder', value: r => r.officerName},
            {label: 'col.agency', value: r => r.agency?.name},
            {label: 'col.status', value: r => badge('status', r.status)},
            {label: 'col.why', value: r => r.reasonText},
            {label: 'col.todo', value: r => t(`action.${r.requiredAction}`)},
            {label: 'col.listedAt', value: r => instant(r.listedAt)},
            {label: 'common.actions', value: r => h('button', {type: 'button', class: 'secondary', text: t('cleanup.handle'), onclick: () => handle(r.number)})},
        ];
        const show = page => replace(container, table(columns, pageOf(rows, page, 20).items), pager(pageOf(rows, page, 20), show));
        show(1);
    } catch (error) {
        failIn(container, error);
    }
}
