// Turning codes, dates and numbers of the API into words and badges.
import {h} from './dom.js';
import {has, langTag, t} from './i18n.js';
import {BUSINESS_ZONE} from './business-day.js';

/** The words for a code of an enumeration group, e.g. label('status', 'ACTIVE'); the code if unknown. */
export function label(group, code) {
    if (code === null || code === undefined || code === '') return '';
    const key = `${group}.${code}`;
    return has(key) ? t(key) : String(code);
}

const TONE = {
    status: {ACTIVE: 'ok', SUSPENDED: 'warn', EXPIRED: 'bad', REVOKED: 'bad', CANCELLED: 'neutral', RECOVERED: 'neutral', DESTROYED: 'neutral'},
    duty: {COMPLIANT: 'ok', ON_TRACK: 'ok', BEHIND: 'warn', NOT_COMPLIANT: 'bad'},
    plan: {DRAFT: 'neutral', SEALED: 'warn', DRAWN: 'ok', PUBLISHED: 'ok', RESULTS_PUBLISHED: 'ok', CANCELLED: 'bad'},
    risk: {LOW: 'ok', MEDIUM: 'neutral', HIGH: 'warn', VERY_HIGH: 'bad'},
};

/** A coloured badge whose words (not only its colour) carry the meaning. */
export function badge(group, code, tone) {
    return h('span', {class: `badge ${tone || TONE[group]?.[code] || 'neutral'}`, text: label(group, code)});
}

export function yesNo(value) {
    return t(value ? 'common.yes' : 'common.no');
}

/** YYYY-MM-DD as it comes (dates are already unambiguous). */
export function date(value) {
    return value || '';
}

/** A span of dates, "from ~ to" (one date when they agree), each date kept whole on one line. */
export function period(from, to) {
    const whole = value => h('span', {class: 'nowrap', text: value || ''});
    return !to || from === to ? whole(from) : h('span', {}, whole(from), ' ~ ', whole(to));
}

const MOMENT = new Intl.DateTimeFormat('en-CA', {timeZone: BUSINESS_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'});

/**
 * An instant (ISO string, epoch milliseconds or Date) as YYYY-MM-DD HH:mm:ss on Beijing's clock, in either language:
 * written like the dates beside it, and like the QR page, never in the reader's own locale or zone.
 */
export function instant(value) {
    if (value === null || value === undefined || value === '') return '';
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return String(value);
    const part = Object.fromEntries(MOMENT.formatToParts(d).map(p => [p.type, p.value]));
    return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

export function number(value, digits = 2) {
    if (value === null || value === undefined || value === '') return '';
    return Number(value).toLocaleString(langTag(), {maximumFractionDigits: digits});
}

export function percent(value) {
    if (value === null || value === undefined) return '';
    return Number(value).toLocaleString(langTag(), {style: 'percent', maximumFractionDigits: 2});
}

/** Names of {code, name} objects joined, e.g. categories and areas. */
export function names(list) {
    return (list || []).map(item => item?.name ?? item).join(langTag() === 'en' ? ', ' : '、');
}
