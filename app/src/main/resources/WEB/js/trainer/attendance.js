// The attendance of one course: the credited hours per officer (paged), recording several officers at once
// (all or nothing), and correcting one officer's hours with a reason.
import {h, replace} from '../dom.js';
import {get, post, put} from '../api.js';
import {t} from '../i18n.js';
import {instant, number} from '../format.js';
import {field, form, onSubmit} from '../forms.js';
import {PagedTable} from '../paging.js';

/** How the lines name the officers: the field of each entry. */
const BY = ['credentialNumber', 'idNumber', 'officerId'];

/**
 * "500115002202600001,6\n…" → [{credentialNumber: '500115002202600001', hours: 6}, ...], the officer named as
 * chosen (执法证号, 身份证号 or 人员编号); a malformed line is refused with its number. The server reads full-width
 * digits and spaces as typed and checks an identity number's check character.
 */
function entries(text, by) {
    return (text || '').split(/\r?\n/).map(line => line.trim()).filter(Boolean).map((line, i) => {
        const match = line.match(/^(.+?)\s*[,，\s]\s*(\d+(?:\.\d+)?)$/);
        if (!match || (by === 'officerId' && !/^\d+$/.test(match[1]))) throw new Error(t('att.bad', {line: i + 1}));
        return {[by]: by === 'officerId' ? Number(match[1]) : match[1], hours: Number(match[2])};
    });
}

function correction(course, a, reload) {
    const {form: el, status} = form({
        fields: [
            field({name: 'hours', label: 'fix.hours', type: 'number', value: a.hours, required: true, attrs: {step: '0.5', min: '0'}}),
            field({name: 'reason', label: 'fix.reason', required: true}),
        ],
        submit: 'fix.save',
    });
    onSubmit(el, {
        status,
        confirm: v => t('fix.confirm', {name: a.officerName, hours: v.hours}),
        action: async v => {
            await put(`/api/v1/courses/${course.id}/attendance/${a.officerId}`, {hours: v.hours, reason: v.reason, version: a.version});
            reload();
            return t('fix.saved');
        },
    });
    return h('details', {}, h('summary', {text: t('col.correct')}), el);
}

export function attendance(container, course) {
    const listBox = h('div');
    const list = new PagedTable(listBox, {
        columns: [
            {label: 'col.officerId', value: a => String(a.officerId)},
            {label: 'col.officerName', value: a => a.officerName},
            {label: 'col.hours', num: true, value: a => number(a.hours, 1)},
            {label: 'col.recordedAt', value: a => instant(a.recordedAt)},
            {label: 'col.recordedBy', value: a => a.recordedBy},
            {label: 'col.correct', value: a => correction(course, a, () => list.show())},
        ],
        load: (page, size) => get(`/api/v1/courses/${course.id}/attendance`, {page, size}),
    });
    const {form: el, status} = form({
        id: 'record-attendance',
        fields: [
            field({name: 'by', label: 'att.by', type: 'select', options: BY.map(code => ({code, name: t(`att.by.${code}`)})), value: BY[0]}),
            field({name: 'entries', label: 'att.entries', type: 'textarea', hint: 'att.entries.hint', required: true}),
        ],
        submit: 'att.save',
    });
    onSubmit(el, {
        status,
        confirm: v => {
            try {
                return t('att.confirm', {n: entries(v.entries, v.by).length});
            } catch {
                return null;
            }
        },
        action: async v => {
            const recorded = await post(`/api/v1/courses/${course.id}/attendance`, entries(v.entries, v.by));
            el.reset();
            list.reload();
            return t('att.saved', {recorded: recorded.recorded, hours: number(recorded.hours, 1)});
        },
    });
    replace(container, h('h2', {id: 'attendance-title', tabindex: '-1', text: t('att.title', {title: course.title, id: course.id})}), listBox, el);
    container.hidden = false;
    container.querySelector('h2').focus();
    return list.show();
}
