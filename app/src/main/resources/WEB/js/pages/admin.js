// The administrator's console: the working calendar of result deadlines (holidays and 调休 make-up days), a year at
// a time, loaded from the State Council's notice (PUT /api/v1/calendar/{year}).
import {layout} from '../layout.js';
import {requireRole} from '../session.js';
import {tabs} from '../tabs.js';
import {h, replace} from '../dom.js';
import {get, put} from '../api.js';
import {t} from '../i18n.js';
import {field, form, lookupForm, onSubmit} from '../forms.js';
import {facts, table} from '../table.js';
import {failIn} from '../problem.js';
import messages from '../messages/admin.js';

const session = requireRole('admin');
layout({active: null, messages, title: 'admin.page'});
const $ = id => document.getElementById(id);

async function showYear(year) {
    try {
        const y = await get(`/api/v1/calendar/${year}`);
        replace($('calendar-days'),
            h('p', {text: t(y.days.length ? 'calendar.summary' : 'calendar.empty', y)}),
            facts([['calendar.source', y.source], ['calendar.loadedBy', y.loadedBy]]),
            table([
                {label: 'calendar.day', value: d => d.day},
                {label: 'calendar.kind', value: d => t(`calendar.kind.${d.kind}`)},
                {label: 'calendar.name', value: d => d.name},
            ], y.days, {caption: 'calendar.title'}));
    } catch (error) {
        failIn($('calendar-days'), error);
    }
}

/** "2027-01-01,HOLIDAY,元旦" lines as days; the server names each bad one. */
function days(text) {
    return text.split(/\r?\n/).map(line => line.trim()).filter(Boolean).map(line => {
        const [day, kind, ...name] = line.split(/[,，]/).map(part => part.trim());
        return {day, kind, name: name.join(',')};
    });
}

function loadForm() {
    const next = new Date().getFullYear() + 1;
    const {form: el, status} = form({
        id: 'calendar-load-form',
        fields: [
            field({name: 'year', label: 'calendar.year', type: 'number', value: next, required: true}),
            field({name: 'source', label: 'calendar.sourceField', required: true,
                value: `国务院办公厅关于${next}年部分节假日安排的通知`}),
            field({name: 'days', label: 'calendar.days', type: 'textarea', hint: 'calendar.days.hint', required: true}),
        ],
        submit: 'calendar.submit',
    });
    onSubmit(el, {
        status,
        confirm: v => t('calendar.confirm', {year: v.year, n: days(v.days || '').length}),
        action: async v => {
            const y = await put(`/api/v1/calendar/${v.year}`, {source: v.source, days: days(v.days)});
            await showYear(y.year);
            return t('calendar.done', y);
        },
    });
    return el;
}

if (session) {
    tabs($('tabs'), (id, first) => {
        if (!first) return;
        $('calendar-year').replaceChildren(lookupForm({name: 'year', label: 'calendar.year', button: 'calendar.show',
            type: 'number', value: new Date().getFullYear(), lookup: showYear, id: 'calendar-year-form'}));
        $('calendar-load').replaceChildren(loadForm());
        showYear(new Date().getFullYear());
    });
}
