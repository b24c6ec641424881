// One plan's way through seal → draw → publish → results → publish results, each step confirmed, with the
// server's answer in words and a progress bar while the draw runs.
import {h, replace} from '../dom.js';
import {ApiError, get, post, put} from '../api.js';
import {t} from '../i18n.js';
import {act, field, form, onSubmit} from '../forms.js';
import {facts, table} from '../table.js';
import {pager, pageOf} from '../paging.js';
import {planStage, planState} from '../plans.js';
import {namer, options} from '../dictionaries.js';
import {label} from '../format.js';
import {failIn, showSuccess} from '../problem.js';
import {replacementSection} from './replacements.js';

const STEPS = ['seal', 'draw', 'publish', 'results', 'publishResults'];

/** The seal's answer in words: sealed, each draw that may lack inspectors, and each officer left out and why. */
function sealedNotice(seal) {
    const warnings = seal.staffingWarnings || [];
    const excluded = seal.excludedInspectors || [];
    return h('div', {id: 'seal-notice'}, h('p', {text: t('flow.sealedShort')}),
        warnings.length ? h('ul', {id: 'seal-warnings'}, warnings.map(w => h('li', {text: w.message}))) : null,
        excluded.length ? h('p', {text: t('flow.excluded', {n: excluded.length})}) : null,
        excluded.length ? h('ul', {id: 'seal-excluded'}, excluded.map(e => h('li', {
            text: t('flow.excludedOne', {name: e.name, number: e.credentialNumber, reasons: e.reasonText})}))) : null);
}
const JOB_POLL_MS = 1000;

/**
 * The draw's answer: 201 carries the draw; 202 (a long draw) carries its job, polled at its href until it
 * ends — DONE is the draw, REFUSED and FAILED are the problem the draw ended with.
 */
async function awaitDraw(answer) {
    while (answer.href && !['DONE', 'REFUSED', 'FAILED'].includes(answer.state)) {
        await new Promise(resolve => setTimeout(resolve, JOB_POLL_MS));
        answer = await get(answer.href);
    }
    if (answer.state === 'REFUSED' || answer.state === 'FAILED') {
        throw new ApiError(answer.problem?.status || 500, answer.problem);
    }
    return answer;
}

function stepsDone(plan) {
    const stage = planStage(plan);
    return {DRAFT: 0, SEALED: 1, DRAWN: 2, PUBLISHED: 3, RESULTS_PUBLISHED: 5, CANCELLED: 0}[stage] ?? 0;
}

function stepper(plan) {
    const done = stepsDone(plan);
    return h('ol', {class: 'steps', 'aria-label': t('col.stage')}, STEPS.map((s, i) =>
        h('li', {'aria-current': i === done ? 'step' : null},
            h('span', {class: i < done ? 'badge ok' : i === done ? 'badge warn' : 'badge neutral', text: t(`flow.step.${s}`)}))));
}

/** A timer in words while a long request runs; returns stop(). */
function working(region, key) {
    const started = Date.now();
    const words = h('p', {text: t(key, {s: 0})});
    region.className = 'alert info';
    replace(region, words, h('div', {class: 'progress indeterminate', role: 'progressbar', 'aria-label': t(key, {s: ''})}, h('span')));
    const timer = setInterval(() => (words.textContent = t(key, {s: Math.round((Date.now() - started) / 1000)})), 1000);
    return () => clearInterval(timer);
}

export class PlanWorkflow {
    constructor(container, changed) {
        this.container = container;
        this.changed = changed;
    }

    async open(id) {
        this.id = id;
        this.container.setAttribute('aria-busy', 'true');
        try {
            const [detail, division, result, resultCodes] = await Promise.all([
                get(`/api/v1/plans/${id}`), namer('divisions'), namer('result-codes'), options('result-codes')]);
            Object.assign(this, {division, result, resultCodes});
            replace(this.container, this.render(detail));
            this.container.scrollIntoView({block: 'start'});
        } catch (error) {
            failIn(this.container, error);
        } finally {
            this.container.removeAttribute('aria-busy');
        }
    }

    async refresh(message) {
        await this.open(this.id);
        if (message) showSuccess(this.status, message);
        this.changed();
    }

    render(detail) {
        const {plan} = detail;
        this.status = h('div', {class: 'alert', id: 'flow-status', 'aria-live': 'polite'});
        return [
            h('h2', {id: 'flow-title', tabindex: '-1', text: t('flow.title', {name: plan.name})}), planState(plan),
            stepper(plan),
            this.status,
            detail.seal ? facts([['flow.step.seal', t('flow.sealed', {targets: detail.seal.targetCount, inspectors: detail.seal.inspectorCount, commitment: detail.seal.commitment})]]) : null,
            plan.state === 'CANCELLED' ? h('p', {class: 'alert bad', text: t('flow.cancelled', {reason: plan.cancelReason || ''})}) : this.nextStep(detail),
            detail.inspections?.length ? this.inspections(detail) : null,
            plan.state === 'DRAWN' && !plan.resultsPublished && detail.inspections?.length
                ? replacementSection(detail, message => this.refresh(message)) : null,
        ];
    }

    nextStep(detail) {
        const {plan} = detail;
        const name = plan.name;
        if (plan.state === 'DRAFT') {
            const waiting = (plan.agencies || []).filter(a => !a.confirmedAtMs);
            return h('div', {}, (plan.agencies || []).length ? this.confirmations(plan, waiting) : null,
                h('p', {text: t('flow.seal.text')}), h('div', {class: 'actions'},
                h('button', {type: 'button', id: 'seal', text: t('flow.seal'), onclick: () => this.step({
                    message: t('flow.seal.confirm', {name}), action: () => post(`/api/v1/plans/${plan.id}/seal`), done: sealedNotice,
                })}),
                this.cancelButton(plan)));
        }
        if (plan.state === 'SEALED') return this.drawForm(plan, detail.seal);
        if (!plan.published) {
            return h('div', {}, h('p', {text: t('flow.publish.text')}), h('div', {class: 'actions'},
                h('button', {type: 'button', id: 'publish', text: t('flow.publish'), onclick: () => this.step({
                    message: t('flow.publish.confirm', {name}), action: () => post(`/api/v1/plans/${plan.id}/publish`), done: t('flow.published'),
                })}),
                this.replayButton(plan)));
        }
        const links = h('a', {href: `/plan.html?id=${plan.id}`, id: 'public-link', text: t('flow.public')});
        if (plan.resultsPublished) return h('div', {class: 'actions'}, h('span', {class: 'badge ok', text: t('flow.resultsPublished')}), links);
        const total = detail.inspections.length;
        // a joint inspection is done once each of its matters has its own result
        const done = detail.inspections.filter(i => (i.results ? i.results.every(r => r.resultCode) : i.resultCode)).length;
        return h('div', {},
            h('p', {text: t('flow.results', {done, total})}),
            h('div', {class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': total, 'aria-valuenow': done},
                h('span', {style: `width:${total ? (100 * done) / total : 0}%`})),
            h('div', {class: 'actions', style: 'margin-top:.8rem'},
                h('button', {type: 'button', id: 'publish-results', text: t('flow.publishResults'), onclick: () => this.step({
                    message: t('flow.publishResults.confirm', {name}), action: () => post(`/api/v1/plans/${plan.id}/publish-results`), done: t('flow.resultsPublished'),
                })}),
                links, this.replayButton(plan)));
    }

    /**
     * A joint plan's agencies, each confirmed or with its button (a planner confirms for the agency until tokens are
     * scoped to an agency); the seal waits for every one.
     */
    confirmations(plan, waiting) {
        return h('div', {id: 'confirmations'}, h('p', {text: t('flow.confirm.text')}),
            h('ul', {class: 'check-list'}, plan.agencies.map(a => h('li', {class: a.confirmedAtMs ? 'ok' : ''},
                a.confirmedAtMs ? t('flow.confirmed', {agency: a.name}) : h('button', {type: 'button', class: 'secondary', dataset: {agency: a.agencyCode},
                    text: t('flow.confirm', {agency: a.name}), onclick: () => this.step({
                        message: t('flow.confirm.confirm', {agency: a.name, name: plan.name}),
                        action: () => post(`/api/v1/plans/${plan.id}/confirmations`, {agencyCode: a.agencyCode}), done: t('flow.confirmed', {agency: a.name}),
                    })})))),
            waiting.length ? h('p', {class: 'muted', text: t('flow.confirm.waiting', {n: waiting.length})}) : null);
    }

    /** Runs a confirmed step; {@code done} is the words shown after it, or a function of the server's answer. */
    async step({message, action, done}) {
        const result = await act(this.status, {message, action});
        if (result !== undefined) await this.refresh(typeof done === 'function' ? done(result) : done || t('common.done'));
    }

    /**
     * The draw: with a named source, the value it published (the seal fixed the source and refuses the draw before
     * its moment); without one, no value at all (the seal fixed that too); a seal made before sources were fixed
     * takes any value, as it did then.
     */
    drawForm(plan, seal) {
        const source = plan.entropySource;
        const rule = seal?.entropyRule;
        const {form: el, status} = form({
            id: 'draw-form',
            fields: rule === 'NONE' ? [] : [field({name: 'externalEntropy', label: source ? 'flow.entropy.value' : 'flow.entropy',
                required: !!source})],
            submit: 'flow.draw',
        });
        el.querySelector('button[type=submit]').id = 'draw';
        onSubmit(el, {
            status,
            confirm: () => t('flow.draw.confirm', {name: plan.name}),
            action: async v => {
                const stop = working(status, 'flow.drawing');
                try {
                    const drawn = await awaitDraw(await post(`/api/v1/plans/${plan.id}/draw`,
                        {externalEntropy: v.externalEntropy || null}));
                    await this.refresh(drawn.inspections
                        ? t('flow.drawn', {n: drawn.inspections.length}) : t('flow.drawnByJob'));
                    return false;
                } catch (error) {
                    // a failed attempt spends the seal: the plan is now cancelled, with the diagnosis as reason
                    if (error.status === 422) await this.refresh();
                    throw error;
                } finally {
                    stop();
                }
            },
        });
        const explained = source ? t('flow.draw.source', {source: source.description, at: source.availableAt})
            : t(rule === 'NONE' ? 'flow.draw.none' : 'flow.draw.text');
        return h('div', {}, h('p', {id: 'draw-entropy', text: explained}), el, h('div', {class: 'actions'}, this.cancelButton(plan)));
    }

    cancelButton(plan) {
        return h('button', {type: 'button', class: 'secondary', id: 'cancel-plan', text: t('flow.cancel'), onclick: async () => {
            const reason = h('textarea', {id: 'cancel-reason', 'aria-label': t('flow.cancel.reason')});
            const message = h('div', {}, h('p', {text: t('flow.cancel.confirm', {name: plan.name})}),
                h('label', {for: 'cancel-reason', text: t('flow.cancel.reason')}), reason);
            const result = await act(this.status, {message, danger: true,
                action: () => post(`/api/v1/plans/${plan.id}/cancel`, {reason: reason.value.trim()})});
            if (result !== undefined) await this.refresh(t('common.done'));
        }});
    }

    replayButton(plan) {
        return h('button', {type: 'button', class: 'secondary', id: 'replay', text: t('flow.replay'), onclick: async () => {
            const report = await act(this.status, {action: () => post(`/api/v1/plans/${plan.id}/replay`)});
            if (report) {
                this.status.className = `alert ${report.identical ? 'ok' : 'bad'}`;
                this.status.textContent = t(report.identical ? 'flow.replay.ok' : 'flow.replay.bad');
            }
        }});
    }

    /** The entry form of an inspection's result, or of one matter's result of a joint inspection ({@code matter}). */
    resultForm(plan, inspection, matter = null) {
        const entered = matter || inspection;
        const {form: el, status} = form({
            fields: [
                field({name: 'resultCode', label: 'result.code', type: 'select', options: this.resultCodes, value: entered.resultCode, required: true}),
                field({name: 'inspectedOn', label: 'result.on', type: 'date', value: entered.inspectedOn, required: true, attrs: {min: plan.startsOn, max: plan.endsOn}}),
                field({name: 'note', label: 'result.note', value: entered.note}),
            ],
            submit: 'result.save',
        });
        const target = inspection.targetName || inspection.creditCode;
        onSubmit(el, {
            status,
            confirm: () => t('result.confirm', {target: matter ? `${target} · ${matter.matterName}` : target}),
            action: async v => {
                const body = {resultCode: v.resultCode, inspectedOn: v.inspectedOn, note: v.note};
                if (matter) body.matterId = matter.matterId;
                await put(`/api/v1/inspections/${inspection.id}/result`, body);
                entered.resultCode = v.resultCode;
                return t('result.saved');
            },
        });
        return h('details', {'data-matter': matter?.matterId}, h('summary', {text: matter ? this.matterLabel(matter) : t('col.enter')}), el);
    }

    /** A matter of a joint inspection named with its agency. */
    matterLabel(m) {
        return `${m.matterName}（${m.agencyName || m.agencyCode || ''}）`;
    }

    /** An inspection's result, or each matter's of a joint inspection (分事项结果). */
    resultCell(i) {
        const shown = code => (code ? this.result(code) : label('result', 'PENDING'));
        if (!i.results) return shown(i.resultCode);
        return h('ul', {class: 'check-list'}, i.results.map(r => h('li', {text: `${this.matterLabel(r)}：${shown(r.resultCode)}`})));
    }

    inspections(detail) {
        const {plan} = detail;
        const editable = plan.published && !plan.resultsPublished;
        const columns = [
            {label: 'col.target', value: i => h('span', {}, i.targetName || '', h('br'), h('span', {class: 'mono muted', text: i.creditCode}))},
            {label: 'col.area', value: i => this.division(i.area)},
            {label: 'col.team', value: i => i.inspectors.map(x => `${x.name}（${x.credentialNumber}）`).join('、')},
            {label: 'col.result', value: i => this.resultCell(i)},
            {label: 'col.record', value: i => h('a', {href: `/record.html?id=${i.id}`, dataset: {record: String(i.id)}, text: t('flow.record')})},
            {label: 'col.inspectedOn', value: i => (i.results ? [...new Set(i.results.map(r => r.inspectedOn).filter(Boolean))].join('、') : i.inspectedOn || '')},
            ...(editable ? [{label: 'col.enter', value: i => (i.results ? i.results.map(m => this.resultForm(plan, i, m)) : this.resultForm(plan, i))}] : []),
        ];
        const box = h('div', {id: 'flow-inspections'});
        const show = page => replace(box, table(columns, pageOf(detail.inspections, page, 20).items), pager(pageOf(detail.inspections, page, 20), show));
        show(1);
        return box;
    }
}
