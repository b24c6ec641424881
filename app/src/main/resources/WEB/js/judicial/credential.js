// A credential as the judicial bureau handles it: status, the actions its status allows with a reason
// from the fixed list, the annual review, the QR code and card, and the full record.
import {h, replace} from '../dom.js';
import {get, post} from '../api.js';
import {t} from '../i18n.js';
import {badge, instant, label, names, period} from '../format.js';
import {facts, table} from '../table.js';
import {pager, pageOf} from '../paging.js';
import {field, form, lookupForm, onSubmit} from '../forms.js';
import {failIn} from '../problem.js';
import {objectUrl, openDocument} from '../documents.js';
import {REASONS} from '../messages/judicial.js';
import {businessDay} from '../business-day.js';

export class CredentialDesk {
    constructor(searchBox, container, openOfficer) {
        Object.assign(this, {container, openOfficer});
        this.search = lookupForm({name: 'number', label: 'cred.number', button: 'cred.open', id: 'credential-lookup', lookup: n => this.open(n)});
        searchBox.replaceChildren(this.search);
    }

    async open(number, message, tone = 'ok') {
        this.search.elements.number.value = number;
        this.container.setAttribute('aria-busy', 'true');
        try {
            const [credential, events, today] = await Promise.all([
                get(`/api/v1/credentials/${encodeURIComponent(number)}`),
                get(`/api/v1/credentials/${encodeURIComponent(number)}/events`), businessDay()]);
            const holder = await get(`/api/v1/officers/${credential.officerId}`);
            replace(this.container, this.render(credential, holder, events, today.year));
            if (message) {
                this.status.className = `alert ${tone}`;
                replace(this.status, message);
            }
        } catch (error) {
            failIn(this.container, error);
        } finally {
            this.container.removeAttribute('aria-busy');
        }
    }

    render(c, holder, events, year) {
        this.status = h('div', {class: 'alert', id: 'credential-status', 'aria-live': 'polite'});
        const qr = h('img', {class: 'qr', alt: t('cred.qr')});
        objectUrl(`/api/v1/credentials/${c.number}/qr.png`, 'image/png').then(url => (qr.src = url)).catch(() => qr.remove());
        return [
            this.status,
            h('div', {class: 'credential'},
                facts([
                    ['cred.number', h('span', {class: 'mono', text: c.number})],
                    ['cred.status', h('span', {id: 'credential-state'}, badge('status', c.status))],
                    ['cred.statusReason', c.statusReason ? label('reason', c.statusReason) : ''],
                    ['cred.holder', h('button', {type: 'button', class: 'link', id: 'credential-holder',
                        text: t('cred.holderName', {name: holder.name, id: holder.id}), onclick: () => this.openOfficer(holder.id)})],
                    ['cred.agency', c.agency?.name],
                    ['cred.validity', period(c.validFrom, c.validUntil)], ['cred.issuedOn', c.issuedOn],
                    ['cred.categories', names(c.categories)], ['cred.areas', names(c.areas)],
                ]),
                h('figure', {}, qr, h('figcaption', {},
                    h('button', {type: 'button', class: 'link', text: t('cred.card'),
                        onclick: () => openDocument(`/api/v1/credentials/${c.number}/card`).catch(e => failIn(this.status, e))}),
                    h('br'), h('a', {href: `/verify.html?number=${encodeURIComponent(c.number)}`, text: t('cred.publicPage')})))),
            h('h3', {text: t('cred.actions')}),
            c.allowedActions.length
                ? h('div', {class: 'grid'}, c.allowedActions.map(action => this.actionForm(c, action)))
                : h('p', {class: 'muted', text: t('cred.noActions')}),
            ['ACTIVE', 'SUSPENDED'].includes(c.status) ? this.reviewForm(c, year) : null,
            h('h3', {text: t('events.title')}),
            this.eventsTable(events),
        ];
    }

    actionForm(c, action) {
        const reasons = (REASONS[action] || []).map(code => ({code, name: label('reason', code)}));
        const {form: el, status} = form({
            id: `action-${action}`,
            fields: [
                field({name: 'reason', label: 'cred.reason', type: 'select', options: reasons, required: true}),
                field({name: 'note', label: 'cred.note', type: 'textarea'}),
            ],
            submit: `action.${action}`,
        });
        if (['revoke', 'destroy', 'suspend'].includes(action)) el.querySelector('button[type=submit]').className = 'danger';
        onSubmit(el, {
            status,
            danger: ['revoke', 'destroy'].includes(action),
            confirm: v => t('cred.act.confirm', {number: c.number, action: t(`action.${action}`), reason: label('reason', v.reason)}),
            action: async v => {
                const after = await post(`/api/v1/credentials/${c.number}/${action}`, {reason: v.reason, note: v.note || null});
                await this.open(c.number, t('cred.act.done', {action: t(`action.${action}`), status: label('status', after.status)}));
                return false;
            },
        });
        return h('section', {class: 'card'}, h('h4', {text: t(`action.${action}`)}), el);
    }

    reviewForm(c, year) {
        const {form: el, status} = form({
            id: 'review',
            fields: [field({name: 'year', label: 'review.year', type: 'number', value: year - 1, required: true})],
            submit: 'review.go',
        });
        onSubmit(el, {
            status,
            confirm: v => t('review.confirm', {number: c.number, year: v.year}),
            action: async v => {
                const r = await post(`/api/v1/credentials/${c.number}/reviews`, {year: v.year});
                if (r.passed) await this.open(c.number, t('review.passed', {year: r.year}));
                else await this.open(c.number, h('span', {}, t('review.failed', {year: r.year}), h('ul', {}, r.reasons.map(x => h('li', {text: x.message})))), 'bad');
                return false;
            },
        });
        return h('div', {}, h('h3', {text: t('review.title')}), el);
    }

    eventsTable(events) {
        const box = h('div', {id: 'credential-events'});
        const columns = [
            {label: 'col.at', value: e => instant(e.at)},
            {label: 'col.event', value: e => label('event', e.type)},
            {label: 'col.change', value: e => (e.fromStatus || e.toStatus ? `${label('status', e.fromStatus) || '—'} → ${label('status', e.toStatus) || '—'}` : '')},
            {label: 'col.reason', value: e => e.reasonText || ''},
            {label: 'col.note', value: e => e.note || ''},
            {label: 'col.actor', value: e => e.actor},
        ];
        const ordered = [...events].reverse();
        const show = page => replace(box, table(columns, pageOf(ordered, page, 10).items), pager(pageOf(ordered, page, 10), show));
        show(1);
        return box;
    }
}
