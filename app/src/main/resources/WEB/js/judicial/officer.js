// An officer as the judicial bureau sees them: the record, every unmet eligibility rule, exams, and issue.
import {h, replace} from '../dom.js';
import {get, post} from '../api.js';
import {t} from '../i18n.js';
import {officerFacts} from '../officer-view.js';
import {act, field, form, lookupForm, onSubmit} from '../forms.js';
import {failIn, showSuccess} from '../problem.js';

export class OfficerDesk {
    constructor(searchBox, container, openCredential) {
        Object.assign(this, {container, openCredential});
        this.search = lookupForm({name: 'id', label: 'officer.id', button: 'officer.open', type: 'number', id: 'officer-lookup', lookup: id => this.open(id)});
        searchBox.replaceChildren(this.search);
    }

    async open(id, message) {
        this.search.elements.id.value = id;
        try {
            const [o, eligibility] = await Promise.all([get(`/api/v1/officers/${id}`), get(`/api/v1/officers/${id}/eligibility`)]);
            replace(this.container, this.render(o, eligibility));
            if (message) showSuccess(this.status, message);
        } catch (error) {
            failIn(this.container, error);
        }
    }

    render(o, eligibility) {
        this.status = h('div', {class: 'alert', id: 'officer-status', 'aria-live': 'polite'});
        const issue = h('button', {type: 'button', id: 'issue', text: t('issue.go'), onclick: async () => {
            const c = await act(this.status, {message: t('issue.confirm', {name: o.name}), action: () => post('/api/v1/credentials', {officerId: o.id})});
            if (c) await this.open(o.id, t('issue.done', {number: c.number, until: c.validUntil}));
        }});
        return [
            this.status,
            officerFacts(o),
            o.credential ? h('p', {}, h('button', {type: 'button', class: 'link', text: t('cred.handle', {number: o.credential.number}), onclick: () => this.openCredential(o.credential.number)})) : null,
            h('h3', {text: t('eligibility.title')}),
            eligibility.eligible
                ? h('p', {class: 'alert ok', text: t('eligibility.ok')})
                : [h('p', {text: t('eligibility.no')}), h('ul', {class: 'check-list', id: 'eligibility-reasons'}, eligibility.reasons.map(r => h('li', {class: 'bad', text: r.message})))],
            o.credential && ['ACTIVE', 'SUSPENDED'].includes(o.credential.status) ? null : h('div', {class: 'actions'}, issue),
            h('h3', {text: t('exam.title')}),
            this.examForm(o),
        ];
    }

    examForm(o) {
        const kinds = ['COMPREHENSIVE_LAW', 'PROFESSIONAL_LAW'].map(code => ({code, name: t(`exam.kind.${code}`)}));
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
