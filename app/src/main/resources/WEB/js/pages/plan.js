// A plan as the public sees it from its seal on: matter, ratios, commitment and seal time; the draw attempt and
// its time; once published the realised sampling; from the plan's disclosure moment on (at the publication, the
// window's first day or the results) the drawn targets with their teams, results once published, and the draw
// explained and recomputed in the browser. A cancelled plan says so and why.
import {layout} from '../layout.js';
import {h, params, replace} from '../dom.js';
import {get} from '../api.js';
import {t} from '../i18n.js';
import {label, percent, number, instant, period} from '../format.js';
import {namer} from '../dictionaries.js';
import {showError} from '../problem.js';
import {facts, table} from '../table.js';
import {pager, pageOf} from '../paging.js';
import {planState, RISK_LEVELS, CREDIT_LEVELS} from '../plans.js';
import {checkDraw} from '../draw-check.js';

const messages = {
    zh: {
        'plan.page': '抽查计划公示',
        'plan.back': '← 返回抽查公示',
        'plan.facts': '计划概况',
        'plan.year': '年度', 'plan.window': '检查期间', 'plan.areas': '抽查区域', 'plan.teamSize': '每组检查人员',
        'plan.teamSize.value': '{n} 人', 'plan.state': '状态',
        'plan.matter': '抽查事项',
        'matter.subject': '抽查主体', 'matter.basis': '抽查依据', 'matter.scope': '抽查对象', 'matter.content': '抽查内容',
        'matter.method': '抽查方式', 'matter.frequency': '抽查频次', 'matter.category': '执法类别',
        'plan.ratios': '抽查比例',
        'plan.ratios.text': '按风险等级确定基础比例，再按信用等级乘以系数（未列出的系数为 1），比例最高为 100%；每类对象抽取数量向上取整。',
        'plan.ratio': '基础比例', 'plan.multiplier': '信用系数',
        'plan.strata': '各类对象实际抽取情况',
        'col.risk': '风险等级', 'col.credit': '信用等级', 'col.eligible': '名录内对象', 'col.ratio': '适用比例', 'col.drawn': '抽取数', 'col.realised': '实际比例',
        'plan.inspections': '抽取结果与检查组',
        'plan.results.notYet': '检查结果尚未公开。',
        'col.target': '检查对象', 'col.area': '所在区域', 'col.team': '检查人员（证件编号）', 'col.result': '检查结果', 'col.inspectedOn': '检查日期',
        'plan.download': '下载：',
        'plan.download.csv': '检查名单（CSV）',
        'plan.download.record': '抽取记录（JSON）',
        'plan.check': '核验本次抽取',
        'plan.check.text': '封存时公布的承诺值是保密种子的 SHA-256 指纹。抽取后公布种子本身：只要种子的指纹与承诺值一致，就说明种子在抽取前已经确定、事后未被更换。下面按公开规则用公示数据在您的浏览器中重新计算一遍。',
        'plan.commitment': '承诺值（封存时公布）', 'plan.targetsHash': '检查对象名录指纹', 'plan.inspectorsHash': '检查人员名录指纹',
        'plan.sealedCounts': '封存时：{targets} 个检查对象，{inspectors} 名检查人员',
        'plan.check.run': '在浏览器中重新计算',
        'plan.check.running': '正在重新计算…',
        'check.commitment': '种子的指纹与封存时公布的承诺值一致',
        'check.targetsHash': '检查对象名录与封存时的指纹一致',
        'check.inspectorsHash': '检查人员名录与封存时的指纹一致',
        'check.seed': '抽取随机数由种子和公开的外部数据算出',
        'check.drawnCreditCodes': '按规则重算的抽取名单与公示名单完全一致',
        'check.inspectionMatters': '每个检查对象的检查事项正是其所属的全部抽查事项（联合抽查）',
        'plan.joint': '部门联合抽查（进一次门、查多项事）：{n} 个抽查事项', 'matter.agency': '实施部门', 'col.matters': '检查事项（实施部门）',
        'plan.agencies': '参加部门', 'plan.confirmed': '已确认', 'plan.unconfirmed': '未确认',
        'check.entropySourceHash': '外部随机数来源与封存时承诺的来源一致',
        'check.externalEntropy': '本计划未指定外部随机数来源，抽取未加入外部数值',
        'plan.entropySource': '外部随机数来源（封存时确定）', 'plan.entropyAt': '来源数值公布时间',
        'plan.entropySourceHash': '外部随机数来源指纹', 'plan.entropySource.value': '{source}（{at} 公布）',
        'plan.entropy.check': '请到该来源核对所用数值是否为其公布的数值。',
        'plan.check.ok': '核验通过：本次抽取结果与公开规则重算结果完全一致（{n} 个对象）。',
        'plan.check.bad': '核验未通过：请向司法行政部门反映。',
        'plan.check.script': '也可以下载抽取记录，用 Python 脚本 docs/verify-draw.py 独立核验。',
        'plan.entropy': '外部公开数据',
        'plan.replacements': '抽取后人员调整',
        'col.seq': '序号', 'col.officer': '被替换人员（证件编号）', 'col.reason': '原因', 'col.note': '说明',
        'plan.sealedAt': '封存时间', 'plan.drawnAt': '抽取时间', 'plan.cancelled': '本计划已取消：{reason}',
        'plan.notPublished': '抽取名单和检查组在计划公示后公开。',
        'plan.disclosure': '抽取名单公开时点',
        'disclosure.AT_DRAW': '抽取并公示时', 'disclosure.AT_WINDOW_START': '检查期间开始之日（{startsOn}）', 'disclosure.AT_RESULTS': '检查结果公开时',
        'plan.notDisclosed': '为避免提前惊扰检查对象，抽取名单和检查组于{moment}公开；此前仅公开各类对象的抽取数量和承诺值。', 'plan.attempts': '抽取尝试', 'col.attemptedAt': '时间', 'col.outcome': '结果',
        'plan.attempts.text': '每次封存只能抽取一次：抽取未成功时计划即取消并公开原因，需新建计划重新封存。', 'attempt.DRAWN': '抽取成功', 'attempt.FAILED': '抽取未成功（计划取消）', 'attempt.STARTED': '抽取已开始',
        'plan.check.notYet': '种子在抽取并公示后公开，届时可在此重新计算。', 'plan.check.notDisclosed': '种子与抽取名单同时公开，届时可在此重新计算。', 'plan.check.cancelled': '核验通过：承诺值与封存时的名录一致（计划已取消，未完成抽取）。',
    },
    en: {
        'plan.page': 'Inspection plan',
        'plan.back': '← Back to inspection plans',
        'plan.facts': 'The plan',
        'plan.year': 'Year', 'plan.window': 'Inspection window', 'plan.areas': 'Areas', 'plan.teamSize': 'Inspectors per team',
        'plan.teamSize.value': '{n}', 'plan.state': 'State',
        'plan.matter': 'Matter',
        'matter.subject': 'Subject', 'matter.basis': 'Legal basis', 'matter.scope': 'Targets', 'matter.content': 'Content',
        'matter.method': 'Method', 'matter.frequency': 'Frequency', 'matter.category': 'Enforcement category',
        'plan.ratios': 'Sampling ratios',
        'plan.ratios.text': 'The risk level sets the base ratio, multiplied by the credit level\'s factor (1 where none is listed), at most 100%; every class draws the number rounded up.',
        'plan.ratio': 'Base ratio', 'plan.multiplier': 'Credit factor',
        'plan.strata': 'What was drawn per class',
        'col.risk': 'Risk level', 'col.credit': 'Credit level', 'col.eligible': 'Targets in the directory', 'col.ratio': 'Ratio', 'col.drawn': 'Drawn', 'col.realised': 'Realised',
        'plan.inspections': 'Drawn targets and teams',
        'plan.results.notYet': 'Results are not public yet.',
        'col.target': 'Target', 'col.area': 'Area', 'col.team': 'Inspectors (credential number)', 'col.result': 'Result', 'col.inspectedOn': 'Inspected on',
        'plan.download': 'Download: ',
        'plan.download.csv': 'inspections (CSV)',
        'plan.download.record': 'draw record (JSON)',
        'plan.check': 'Check this draw',
        'plan.check.text': 'The commitment published at the seal is the SHA-256 fingerprint of the secret seed. The seed itself is published after the draw: if its fingerprint equals the commitment, the seed was fixed before the draw and not swapped afterwards. Below, your browser recomputes the draw from the public data by the public rules.',
        'plan.commitment': 'Commitment (published at the seal)', 'plan.targetsHash': 'Fingerprint of the target list', 'plan.inspectorsHash': 'Fingerprint of the inspector list',
        'plan.sealedCounts': 'Sealed with {targets} targets and {inspectors} inspectors',
        'plan.check.run': 'Recompute in my browser',
        'plan.check.running': 'Recomputing…',
        'check.commitment': 'The seed\'s fingerprint equals the commitment published at the seal',
        'check.targetsHash': 'The target list equals its fingerprint at the seal',
        'check.inspectorsHash': 'The inspector list equals its fingerprint at the seal',
        'check.seed': 'The draw\'s random number comes from the seed and the public external data',
        'check.drawnCreditCodes': 'The targets recomputed by the rules are exactly the published ones',
        'check.inspectionMatters': 'Every inspection covers exactly the matters its target falls in (joint plan)',
        'plan.joint': 'Joint inspection of several agencies (one visit, several matters): {n} matters', 'matter.agency': 'Agency', 'col.matters': 'Matters (agency)',
        'plan.agencies': 'Participating agencies', 'plan.confirmed': 'confirmed', 'plan.unconfirmed': 'not confirmed',
        'check.entropySourceHash': 'The entropy source is the one the seal committed to',
        'check.externalEntropy': 'The plan named no entropy source, and the draw took no external value',
        'plan.entropySource': 'Entropy source (fixed at the seal)', 'plan.entropyAt': 'Its value published at',
        'plan.entropySourceHash': 'Fingerprint of the entropy source', 'plan.entropySource.value': '{source} (published {at})',
        'plan.entropy.check': 'Check at that source that the value used is the one it published.',
        'plan.check.ok': 'Verified: the draw equals its recomputation by the public rules ({n} targets).',
        'plan.check.bad': 'Not verified: please report this to the judicial bureau.',
        'plan.check.script': 'You can also download the draw record and check it with the Python script docs/verify-draw.py.',
        'plan.entropy': 'External public data',
        'plan.replacements': 'Changes of inspectors after the draw',
        'col.seq': 'No.', 'col.officer': 'Replaced inspector (credential number)', 'col.reason': 'Reason', 'col.note': 'Note',
        'plan.sealedAt': 'Sealed', 'plan.drawnAt': 'Drawn', 'plan.cancelled': 'This plan was cancelled: {reason}',
        'plan.notPublished': 'The drawn targets and teams are public once the plan is published.',
        'plan.disclosure': 'Drawn targets public',
        'disclosure.AT_DRAW': 'once drawn and published', 'disclosure.AT_WINDOW_START': 'on the window\'s first day ({startsOn})', 'disclosure.AT_RESULTS': 'with the results',
        'plan.notDisclosed': 'So as not to warn the targets, the drawn targets and teams are public {moment}; until then only the counts per class and the commitment are.', 'plan.attempts': 'Draw attempts', 'col.attemptedAt': 'Time', 'col.outcome': 'Outcome',
        'plan.attempts.text': 'A seal allows one draw: when it fails, the plan is cancelled with the reason and a new plan must be sealed.', 'attempt.DRAWN': 'Drawn', 'attempt.FAILED': 'Failed (plan cancelled)', 'attempt.STARTED': 'Started',
        'plan.check.notYet': 'The seed is public once the plan is drawn and published; you can recompute the draw here then.', 'plan.check.notDisclosed': 'The seed is public with the drawn targets; you can recompute the draw here then.', 'plan.check.cancelled': 'Verified: the commitment and the sealed lists agree (the plan was cancelled before a draw was completed).',
    },
};

layout({active: 'home', messages, title: 'plan.page'});

const id = params().get('id');
const root = document.getElementById('plan');
// 抽查主体 is the agency that inspects: named, also where a matter gives its code
const [division, category, result, agency] = await Promise.all([namer('divisions'), namer('categories'), namer('result-codes'),
    namer('agencies')]);

function ratioTable(plan) {
    const risks = RISK_LEVELS.filter(r => plan.ratios?.[r] !== undefined);
    const credits = CREDIT_LEVELS.filter(c => plan.creditMultipliers?.[c] !== undefined);
    return h('div', {class: 'grid'},
        table([{label: 'col.risk', value: r => label('risk', r)}, {label: 'plan.ratio', num: true, value: r => percent(plan.ratios[r])}], risks),
        table([{label: 'col.credit', value: c => label('credit', c)}, {label: 'plan.multiplier', num: true, value: c => `× ${number(plan.creditMultipliers[c], 4)}`}], credits));
}

/** An inspector by name, with the credential number linked to its verification. */
function inspector(i) {
    return [`${i.name}（`, h('a', {href: `/verify.html?number=${encodeURIComponent(i.credentialNumber)}`, text: i.credentialNumber}), '）'];
}

function team(inspectors) {
    return h('ul', {class: 'check-list'}, inspectors.map(i => h('li', {}, ...inspector(i))));
}

/** A matter of a joint plan as a reader names it: its name and the agency that inspects it. */
function matterName(detail, id) {
    const m = (detail.matters || []).find(x => x.id === id);
    return m ? `${m.name}（${agency(m.agencyCode)}）` : String(id);
}

function inspectionsSection(detail) {
    const container = h('div');
    const withResults = detail.plan.resultsPublished;
    const joint = (detail.matters || []).length > 1;
    const columns = [
        {label: 'col.target', value: i => h('span', {}, i.targetName || '', h('br'), h('span', {class: 'mono muted', text: i.creditCode}))},
        {label: 'col.area', value: i => division(i.area)},
        ...(joint ? [{label: 'col.matters', value: i => h('ul', {class: 'check-list'}, (i.matterIds || []).map(m => h('li', {text: matterName(detail, m)})))}] : []),
        {label: 'col.team', value: i => team(i.inspectors)},
        ...(withResults && joint ? [
            // 分事项检查结果: each matter's own result, naming the matter and its agency
            {label: 'col.result', value: i => h('ul', {class: 'check-list matter-results'}, (i.results || []).map(r =>
                h('li', {'data-matter': r.matterId, text: `${matterName(detail, r.matterId)}：`
                    + `${r.resultCode ? result(r.resultCode) : label('result', 'PENDING')}${r.inspectedOn ? `（${r.inspectedOn}）` : ''}`})))}] : []),
        ...(withResults && !joint ? [
            {label: 'col.result', value: i => (i.resultCode ? result(i.resultCode) : label('result', 'PENDING'))},
            {label: 'col.inspectedOn', value: i => i.inspectedOn || ''}] : []),
    ];
    const show = page => replace(container,
        table(columns, pageOf(detail.inspections, page, 20).items, {caption: 'plan.inspections'}),
        pager(pageOf(detail.inspections, page, 20), show));
    show(1);
    return h('section', {class: 'card', id: 'inspections'}, h('h2', {text: t('plan.inspections')}),
        withResults ? null : h('p', {class: 'muted', text: t('plan.results.notYet')}),
        container,
        h('p', {class: 'no-print'}, t('plan.download'),
            h('a', {href: `/public/v1/plans/${id}/inspections`, type: 'text/csv', download: `plan-${id}.csv`, id: 'csv-link', onclick: downloadCsv, text: t('plan.download.csv')}), ' · ',
            h('a', {href: `/public/v1/plans/${id}/draw-record`, download: `draw-record-${id}.json`, text: t('plan.download.record')})));
}

async function downloadCsv(event) {
    event.preventDefault();
    const csv = await get(`/public/v1/plans/${id}/inspections`, {}, {accept: 'text/csv', response: 'blob'});
    const link = h('a', {href: URL.createObjectURL(csv), download: `plan-${id}.csv`});
    link.click();
}

function checkSection(detail) {
    const outcome = h('div', {'aria-live': 'polite'});
    const run = h('button', {type: 'button', id: 'check-draw', text: t('plan.check.run')});
    run.addEventListener('click', async () => {
        run.disabled = true;
        replace(outcome, h('p', {class: 'muted', text: t('plan.check.running')}));
        try {
            const record = await get(`/public/v1/plans/${id}/draw-record`);
            const {checks, ok, drawn} = checkDraw(record);
            const verdict = !ok ? 'plan.check.bad' : record.state === 'CANCELLED' ? 'plan.check.cancelled' : 'plan.check.ok';
            replace(outcome,
                h('div', {class: `alert ${ok ? 'ok' : 'bad'}`, id: 'check-outcome', role: 'status', text: t(verdict, {n: drawn})}),
                h('ul', {class: 'check-list'}, checks.map(c => h('li', {class: c.ok ? 'ok' : 'bad', text: t(`check.${c.name}`)}))),
                facts([
                    ...(record.entropySource ? [['plan.entropySource', record.entropySource.description],
                        ['plan.entropyAt', record.entropySource.availableAt]] : []),
                    ['plan.entropy', record.externalEntropy || t('common.none')]]),
                record.entropySource ? h('p', {class: 'muted', text: t('plan.entropy.check')}) : '');
        } catch (error) {
            showError(outcome, error);
        } finally {
            run.disabled = false;
        }
    });
    const seal = detail.seal;
    const recomputable = detail.disclosed || detail.plan.state === 'CANCELLED';
    const waiting = detail.plan.published ? 'plan.check.notDisclosed' : 'plan.check.notYet';
    return h('section', {class: 'card', id: 'check'}, h('h2', {text: t('plan.check')}),
        h('p', {text: t('plan.check.text')}),
        seal ? facts([
            ['plan.commitment', h('span', {class: 'mono', text: seal.commitment})],
            ['plan.targetsHash', h('span', {class: 'mono', text: seal.targetsHash})],
            ['plan.inspectorsHash', h('span', {class: 'mono', text: seal.inspectorsHash})],
            ...(seal.entropySource ? [
                ['plan.entropySource', t('plan.entropySource.value', {source: seal.entropySource.description, at: seal.entropySource.availableAt})],
                ['plan.entropySourceHash', h('span', {class: 'mono', text: seal.entropySourceHash})]] : []),
        ]) : null,
        seal ? h('p', {class: 'muted', text: t('plan.sealedCounts', {targets: seal.targetCount, inspectors: seal.inspectorCount})}) : null,
        recomputable ? h('div', {class: 'actions no-print'}, run) : h('p', {class: 'muted', text: t(waiting)}), outcome,
        h('p', {class: 'muted', text: t('plan.check.script')}));
}

function attemptsSection(attempts) {
    return h('section', {class: 'card', id: 'attempts'}, h('h2', {text: t('plan.attempts')}),
        h('p', {class: 'muted', text: t('plan.attempts.text')}),
        table([
            {label: 'col.attemptedAt', value: a => instant(a.attemptedAtMs)},
            {label: 'col.outcome', value: a => t(`attempt.${a.outcome}`)},
            {label: 'col.reason', value: a => a.reason || ''},
        ], attempts));
}

/** When the drawn targets become public, in words (AT_DRAW for a plan of a server without the setting). */
function disclosureMoment(plan) {
    return t(`disclosure.${plan.disclosure || 'AT_DRAW'}`, {startsOn: plan.startsOn});
}

function render(detail) {
    const {plan, matter} = detail;
    document.title = `${plan.name} - ${t('site.name')}`;
    return [
        h('h1', {text: plan.name}),
        plan.state === 'CANCELLED' ? h('div', {class: 'alert bad', id: 'cancelled', role: 'status', text: t('plan.cancelled', {reason: plan.cancelReason || ''})}) : null,
        h('section', {class: 'card'}, h('h2', {text: t('plan.facts')}), facts([
            ['plan.state', planState(plan)],
            ['plan.sealedAt', instant(plan.sealedAtMs)],
            ...(plan.drawnAtMs ? [['plan.drawnAt', instant(plan.drawnAtMs)]] : []),
            ['plan.year', String(plan.year)],
            ['plan.window', period(plan.startsOn, plan.endsOn)],
            ['plan.areas', plan.areas.map(division).join('、')],
            ['plan.teamSize', t('plan.teamSize.value', {n: plan.teamSize})],
            ['plan.disclosure', disclosureMoment(plan)],
        ])),
        (detail.matters || []).length > 1 ? h('section', {class: 'card', id: 'agencies'},
            h('h2', {text: t('plan.joint', {n: detail.matters.length})}),
            facts([['plan.agencies', (plan.agencies || []).map(a => `${a.name}（${t(a.confirmedAtMs ? 'plan.confirmed' : 'plan.unconfirmed')}）`).join('、')]])) : null,
        ...((detail.matters || [matter]).filter(Boolean).map(m => h('section', {class: 'card'}, h('h2', {text: `${t('plan.matter')}：${m.name}`}), facts([
            ['matter.subject', agency(m.subject)], ['matter.basis', m.legalBasis], ['matter.scope', m.targetScope],
            ['matter.content', m.content], ['matter.method', m.method], ['matter.frequency', m.frequency],
            ['matter.category', category(m.category)],
            ...(m.agencyCode ? [['matter.agency', agency(m.agencyCode)]] : []),
        ])))),
        h('section', {class: 'card'}, h('h2', {text: t('plan.ratios')}), h('p', {class: 'muted', text: t('plan.ratios.text')}), ratioTable(plan),
            plan.published ? h('h3', {text: t('plan.strata')}) : null,
            plan.published ? table([
                {label: 'col.risk', value: s => label('risk', s.riskLevel)},
                {label: 'col.credit', value: s => label('credit', s.creditLevel)},
                {label: 'col.eligible', num: true, value: s => String(s.eligible)},
                {label: 'col.ratio', num: true, value: s => percent(s.ratio)},
                {label: 'col.drawn', num: true, value: s => String(s.drawn)},
                {label: 'col.realised', num: true, value: s => percent(s.realisedRatio)},
            ], [...(detail.strata || [])].sort((a, b) => RISK_LEVELS.indexOf(a.riskLevel) - RISK_LEVELS.indexOf(b.riskLevel)
                || CREDIT_LEVELS.indexOf(a.creditLevel) - CREDIT_LEVELS.indexOf(b.creditLevel))) : null),
        (detail.attempts || []).length ? attemptsSection(detail.attempts) : null,
        detail.disclosed ? inspectionsSection(detail) : h('section', {class: 'card', id: 'inspections'}, h('h2', {text: t('plan.inspections')}),
            h('p', {class: 'muted', id: 'not-disclosed', text: plan.published
                ? t('plan.notDisclosed', {moment: disclosureMoment(plan)}) : t('plan.notPublished')})),
        (detail.replacements || []).length ? h('section', {class: 'card'}, h('h2', {text: t('plan.replacements')}),
            table([
                {label: 'col.seq', value: r => String(r.seq)},
                {label: 'col.officer', value: r => (r.name ? h('span', {}, ...inspector(r)) : '')},
                {label: 'col.reason', value: r => label('replacement', r.reason)},
                {label: 'col.note', value: r => r.note || ''},
            ], detail.replacements)) : null,
        checkSection(detail),
    ];
}

try {
    replace(root, render(await get(`/public/v1/plans/${encodeURIComponent(id ?? '')}`)));
} catch (error) {
    replace(root);
    showError(document.getElementById('status'), error);
} finally {
    root.removeAttribute('aria-busy');
}
