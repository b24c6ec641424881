// An officer as the judicial bureau sees them: the record, every unmet eligibility rule, the exams recorded, a new
// exam, and issue. Officers are found by name or identity number in the roster search above.
import {h, replace} from '../dom.js';
import {get, post} from '../api.js';
import {t} from '../i18n.js';
import {number} from '../format.js';
import {officerFacts} from '../officer-view.js';
import {table} from '../table.js';
import {act, field, form, onSubmit} from '../forms.js';
import {failIn, showSuccess} from '../problem.js';

const EXAM_KINDS = ['COMPREHENSIVE_LAW', 'PROFESSIONAL_LAW'];

export class OfficerDesk {
    constructor(container, openCredential) {
        Object.assign(this, {container, openCredential});
    }

    async open(id, message) {
        try {
            const [o, eligibility, exams] = await Promise.all([get(`/api/v1/officers/${id}`),
                get(`/api/v1/officers/${id}/eligibility`), get(`/api/v1/officers/${id}/exams`)]);
            replace(this.container, this.render(o, eligibility, exams));
            if (message) showSuccess(this.status, message);
        } catch (error) {
            failIn(this.container, error);
        }
    }

    render(o, eligibility, exams) {
        this.status = h('div', {class: 'alert', id: 'officer-status', 'aria-live': 'polite'});
        const issue = h('button', {type: 'button', id: 'issue', text: t('issue.go'), onclick: async () => {
            const c = await act(this.status, {message: t('issue.confirm', {name: o.name}), action: () => post('/api/v1/credentials', {officerId: o.id})});
            if (c) await this.open(o.id, t('issue.done', {number: c.number, until: c.validUntil}));
        }});
        return [
            h('h3', {id: 'officer-name', text: t('officer.heading', {name: o.name, id: o.id})}),
            this.status,
            officerFacts(o),
            o.credential ? h('p', {}, h('button', {type: 'button', class: 'link', text: t('cred.handle', {number: o.credential.number}), onclick: () => this.openCredential(o.credential.number)})) : null,
            h('h3', {text: t('eligibility.title')}),
            eligibility.eligible
                ? h('p', {class: 'alert ok', text: t('eligibility.ok')})
                : [h('p', {text: t('eligibility.no')}), h('ul', {class: 'check-list', id: 'eligibility-reasons'}, eligibility.reasons.map(r => h('li', {class: 'bad', text: r.message})))],
            o.credential && ['ACTIVE', 'SUSPENDED'].includes(o.credential.status) ? null : h('div', {class: 'actions'}, issue),
            h('h3', {text: t('exams.title')}),
            h('div', {id: 'officer-exams'}, table([
                {label: 'exam.takenOn', value: e => e.takenOn},
                {label: 'exam.kind', value: e => t(`exam.kind.${e.kind}`)},
                {label: 'exam.score', num: true, value: e => (e.score === null || e.score === undefined ? t('exams.noScore') : number(e.score, 1))},
                {label: 'exams.result', value: e => h('span', {class: e.passed ? 'badge ok' : 'badge bad', text: t(e.passed ? 'exams.passed' : 'exams.failed')})},
            ], [...exams].reverse(), {empty: 'exams.none'})),
            h('h3', {text: t('exam.title')}),
            this.examForm(o),
        ];
    }

    examForm(o) {
        const kinds = EXAM_KINDS.map(code => ({code, name: t(`exam.kind.${code}`)}));
        const {form: el, status} = form({
            id: 'exam',
            fields: [
                field({name: 'kind', label: 'exam.kind', type: 'select', options: kinds, required: true}),
                // whether it is passed follows from the score and the pass mark (the server decides; no box to tick)
                field({name: 'score', label: 'exam.score', type: 'number', required: true, hint: 'exam.score.hint', attrs: {step: '0.5', min: 0, max: 100}}),
                field({name: 'takenOn', label: 'exam.takenOn', type: 'date', required: true}),
            ],
            submit: 'exam.save',
        });
        onSubmit(el, {
            status,
            confirm: () => t('exam.confirm'),
            action: async v => {
                await post(`/api/v1/officers/${o.id}/exams`, v);
                await this.open(o.id, t('exam.saved'));
                return false;
            },
        });
        return el;
    }
}
