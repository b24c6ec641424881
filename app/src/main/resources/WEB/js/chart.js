// Small SVG charts with a text equivalent: every chart is an image with a label and a table of its data.
import {h, append} from './dom.js';
import {t} from './i18n.js';
import {number} from './format.js';

const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, ...children) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
    for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return el;
}

/** Horizontal bars, one per item {label, value}; title is an i18n key. */
export function barChart(items, {title, unit = '', alt = false} = {}) {
    if (!items.length) return h('p', {class: 'muted', text: t('common.empty')});
    const rowHeight = 28;
    const labelWidth = 130;
    const width = 480;
    const max = Math.max(1, ...items.map(i => Number(i.value) || 0));
    const height = Math.max(1, items.length) * rowHeight + 10;
    const svg = s('svg', {class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t(title)},
        s('title', {}, t(title)),
        items.map((item, i) => {
            const y = i * rowHeight + 5;
            const w = ((Number(item.value) || 0) / max) * (width - labelWidth - 60);
            return s('g', {},
                s('text', {x: labelWidth - 8, y: y + 17, 'text-anchor': 'end'}, item.label),
                s('rect', {class: alt ? 'bar alt' : 'bar', x: labelWidth, y: y + 3, width: Math.max(w, 1), height: rowHeight - 8, rx: 2}),
                s('text', {x: labelWidth + w + 6, y: y + 17}, `${number(item.value)}${unit}`));
        }),
        s('line', {class: 'axis', x1: labelWidth, y1: 0, x2: labelWidth, y2: height}));
    const data = h('table', {class: 'visually-hidden'}, h('caption', {text: t(title)}),
        h('tbody', {}, items.map(i => h('tr', {}, h('th', {scope: 'row', text: i.label}), h('td', {text: `${number(i.value)}${unit}`})))));
    return h('figure', {class: 'figure'}, svg, data);
}

/**
 * Progress of hours toward a target: one bar per category stacked, a dashed line at the target and a
 * marker at the share expected by today. parts: [{label, value, color}].
 */
export function progressChart({parts, target, expected, title, targetLabel, expectedLabel}) {
    const width = 480;
    const height = 70;
    const total = parts.reduce((sum, p) => sum + (Number(p.value) || 0), 0);
    const scaleMax = Math.max(target * 1.15, total * 1.05, 1);
    const x = v => 10 + (v / scaleMax) * (width - 20);
    let at = 0;
    const bars = parts.map(p => {
        const start = at;
        at += Number(p.value) || 0;
        return s('rect', {x: x(start), y: 14, width: Math.max(0, x(at) - x(start)), height: 26, fill: p.color},
            s('title', {}, `${p.label}: ${number(p.value)}`));
    });
    const svg = s('svg', {class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t(title)},
        s('title', {}, t(title)),
        s('rect', {x: 10, y: 14, width: width - 20, height: 26, fill: '#e3e6eb', rx: 3}),
        bars,
        expected ? s('line', {class: 'expected', x1: x(expected), x2: x(expected), y1: 8, y2: 46}) : null,
        s('line', {class: 'target', x1: x(target), x2: x(target), y1: 4, y2: 50}),
        s('text', {x: x(target), y: 64, 'text-anchor': 'middle'}, `${number(target)}`),
        s('text', {x: 10, y: 64}, '0'));
    const legend = h('div', {class: 'legend'},
        parts.map(p => h('span', {}, h('span', {class: 'swatch', style: `background:${p.color}`, 'aria-hidden': 'true'}), `${p.label} ${number(p.value)}`)),
        targetLabel ? h('span', {}, h('span', {class: 'swatch', style: 'border-left:3px dashed #1b6e2d;border-radius:0', 'aria-hidden': 'true'}), targetLabel) : null,
        expected && expectedLabel ? h('span', {}, h('span', {class: 'swatch', style: 'border-left:3px solid #8a4b00;border-radius:0', 'aria-hidden': 'true'}), expectedLabel) : null);
    return append(h('figure', {class: 'figure'}), [svg, legend]);
}
