// A data table from columns and items; the header words are i18n keys.
import {h} from './dom.js';
import {t} from './i18n.js';

/**
 * columns: [{label: 'i18n.key', value: item => string | Node, num: true?}]
 * options: {caption: 'i18n.key', empty: 'i18n.key', rowAttrs: item => attrs}
 */
export function table(columns, items, options = {}) {
    const head = h('thead', {}, h('tr', {}, columns.map(c => h('th', {scope: 'col', class: c.num ? 'num' : null, text: t(c.label)}))));
    const rows = items.length
        ? items.map(item => h('tr', options.rowAttrs ? options.rowAttrs(item) : {},
            columns.map(c => h('td', {class: c.num ? 'num' : null}, c.value(item)))))
        : [h('tr', {}, h('td', {colspan: columns.length, class: 'empty', text: t(options.empty || 'common.empty')}))];
    return h('div', {class: 'table-wrap'},
        h('table', {}, options.caption ? h('caption', {class: 'visually-hidden', text: t(options.caption)}) : null,
            head, h('tbody', {}, rows)));
}

/** A definition list of [i18n key, value] pairs; empty values are left out. */
export function facts(pairs) {
    return h('dl', {class: 'facts'}, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => [h('dt', {text: t(k)}), h('dd', {}, v)]));
}
