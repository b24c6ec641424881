// The officer's own page: credential with QR code and printable card, this year's training against the
// required hours with what is missing, the training archive, and assigned inspections with result entry.
import {layout} from '../layout.js';
import {h, replace} from '../dom.js';
import {get, put} from '../api.js';
import {t} from '../i18n.js';
import {badge, instant, label, names, number, yesNo, period} from '../format.js';
import {requireRole} from '../session.js';
import {tabs} from '../tabs.js';
import {facts, table} from '../table.js';
import {pager, pageOf} from '../paging.js';
import {progressChart} from '../chart.js';
import {field, form, onSubmit, values} from '../forms.js';
import {namer, options} from '../dictionaries.js';
import {failIn} from '../problem.js';
import {objectUrl, openDocument} from '../documents.js';
import {thisYear} from '../business-day.js';

const messages = {
    zh: {
        'officer.page': '我的工作台',
        'officer.title': '我的执法证件与培训',
        'officer.hello': '{name}，您好',
        'officer.tab.credential': '执法证件', 'officer.tab.training': '本年度培训', 'officer.tab.archive': '培训档案', 'officer.tab.inspections': '检查任务',
        'officer.tab.exams': '资格考试',
        'officer.exams.text': '您已报名的执法资格考试。考试时段内可在电脑或手机上作答，答案随选随存；关闭页面后重新进入可继续作答，剩余时间不变。',
        'myexam.none': '您尚未报名执法资格考试。', 'myexam.exempt': '免考：您具有法律职业资格，免予参加综合法律知识考试。',
        'myexam.enter': '进入考试', 'myexam.resume': '继续作答', 'myexam.notOpen': '考试尚未开始', 'myexam.closed': '考试已结束，未参加',
        'myexam.score': '成绩 {score} 分：{passed}', 'myexam.passed': '合格', 'myexam.failed': '不合格', 'myexam.window': '考试时段',
        'myexam.kind.COMPREHENSIVE_LAW': '综合法律知识考试', 'myexam.kind.PROFESSIONAL_LAW': '专业法律知识考试',
        'officer.inspections.text': '已抽取的抽查计划（含尚未公示的）中由您参加检查组的检查任务。检查完成后请及时录入检查结果。',
        'cred.number': '证件编号', 'cred.status': '状态', 'cred.agency': '执法机关', 'cred.position': '职务', 'cred.categories': '执法类别',
        'cred.areas': '执法区域', 'cred.validity': '有效期', 'cred.issuedOn': '发证日期', 'cred.qr': '证件二维码：扫描后打开公开核验页面',
        'cred.print': '打印证件卡片', 'cred.verify': '查看公开核验页面',
        'cred.void': '此证件已作废（{status}）：不得出示执法。证件卡片和二维码均带“作废”标记，仅供存档。', 'cred.voidStamp': '作废',
        'cred.none': '您目前没有行政执法证件。以下是申领资格的审核情况：',
        'cred.eligible': '您已符合申领条件，请联系本单位向司法局申请发证。',
        'cred.legalQualification': '法律职业资格', 'cred.legalReviewer': '法制审核人员',
        'training.year': '年度', 'training.show': '查看',
        'training.chart': '法律知识培训学时进度',
        'training.targetMark': '全年要求 {n} 学时', 'training.expectedMark': '按进度今日应达 {n} 学时',
        'training.summary': '法律知识培训 {legal} 学时 / 要求 {required} 学时',
        'training.expected': '按进度今日应达到 {expected} 学时',
        'training.updates': '本单位组织的法律知识更新培训：{n} 次',
        'training.other': '不计入学时的培训（政治理论等）：{n} 学时',
        'training.missing': '尚未完成',
        'training.complete': '本年度培训要求已全部完成。',
        'training.records': '培训记录',
        'col.course': '课程', 'col.category': '类别', 'col.organizer': '组织单位', 'col.mode': '方式', 'col.dates': '日期', 'col.hours': '学时',
        'archive.print': '打印培训档案',
        'col.year': '年度', 'col.legal': '法律知识学时', 'col.updates': '更新培训（次）', 'col.other': '其他学时', 'col.status': '完成情况', 'col.missing': '尚缺',
        'insp.none': '暂无检查任务。',
        'insp.visit': '现场检查（亮证、签到、检查项、音像记录）',
        'insp.unpublished': '计划未公示', 'insp.entered': '已录入：{result}（{date}）', 'insp.final': '结果已公开',
        'col.matter': '抽查事项', 'col.area': '区域', 'col.address': '地址', 'col.creditCode': '信用代码', 'col.team': '检查组',
        'insp.noAddress': '（名录中未登记地址）',
        'insp.resultCode': '检查结果', 'insp.inspectedOn': '检查日期', 'insp.note': '说明', 'insp.save': '录入结果',
        'insp.confirm': '确认录入对“{target}”的检查结果？结果公开后不能再修改。',
        'insp.saved': '检查结果已录入。',
        'insp.matters': '联合检查：每个抽查事项分别录入结果，由该事项所属部门的检查人员录入。',
        'insp.matter': '{matter}（{agency}）', 'insp.pending': '尚未录入',
        'insp.saveMatter': '录入本事项结果',
        'insp.confirmMatter': '确认录入对“{target}”的“{matter}”检查结果？结果公开后不能再修改。',
    },
    en: {
        'officer.page': 'My workspace',
        'officer.title': 'My credential and training',
        'officer.hello': 'Hello, {name}',
        'officer.tab.credential': 'Credential', 'officer.tab.training': 'Training this year', 'officer.tab.archive': 'Training archive', 'officer.tab.inspections': 'Inspections',
        'officer.tab.exams': 'Qualification exams',
        'officer.exams.text': 'The qualification exams you are registered for. Within the window answer on a computer or a phone; every answer is saved as you choose it, and after closing the page you come back to the same answers and the same time left.',
        'myexam.none': 'You are not registered for any qualification exam.', 'myexam.exempt': 'Exempt: you hold the legal professional qualification and need not sit the comprehensive-law exam.',
        'myexam.enter': 'Start the exam', 'myexam.resume': 'Continue', 'myexam.notOpen': 'Not open yet', 'myexam.closed': 'Closed, not sat',
        'myexam.score': 'Score {score}: {passed}', 'myexam.passed': 'passed', 'myexam.failed': 'not passed', 'myexam.window': 'Window',
        'myexam.kind.COMPREHENSIVE_LAW': 'Comprehensive law exam', 'myexam.kind.PROFESSIONAL_LAW': 'Professional law exam',
        'officer.inspections.text': 'Inspections of drawn plans (published or not yet) whose team you are on. Enter the result promptly after the inspection.',
        'cred.number': 'Number', 'cred.status': 'Status', 'cred.agency': 'Agency', 'cred.position': 'Post', 'cred.categories': 'Categories',
        'cred.areas': 'Areas', 'cred.validity': 'Valid', 'cred.issuedOn': 'Issued on', 'cred.qr': 'QR code: opens the public verification page',
        'cred.print': 'Print the credential card', 'cred.verify': 'Open the public verification page',
        'cred.void': 'This credential is void ({status}): you may not enforce with it. Its card and QR code carry a VOID mark and are for the record only.', 'cred.voidStamp': 'VOID',
        'cred.none': 'You hold no law-enforcement credential. Your eligibility:',
        'cred.eligible': 'You are eligible: ask your agency to apply to the judicial bureau.',
        'cred.legalQualification': 'Legal professional qualification', 'cred.legalReviewer': 'Legal reviewer',
        'training.year': 'Year', 'training.show': 'Show',
        'training.chart': 'Legal training hours',
        'training.targetMark': '{n} hours required this year', 'training.expectedMark': '{n} hours expected by today',
        'training.summary': '{legal} legal training hours of {required} required',
        'training.expected': 'Expected by today: {expected} hours',
        'training.updates': 'Legal update trainings of your own agency: {n}',
        'training.other': 'Hours that do not count (political theory etc.): {n}',
        'training.missing': 'Still to do',
        'training.complete': 'This year\'s training duties are all met.',
        'training.records': 'Courses attended',
        'col.course': 'Course', 'col.category': 'Category', 'col.organizer': 'Organiser', 'col.mode': 'Mode', 'col.dates': 'Dates', 'col.hours': 'Hours',
        'archive.print': 'Print the training archive',
        'col.year': 'Year', 'col.legal': 'Legal hours', 'col.updates': 'Update trainings', 'col.other': 'Other hours', 'col.status': 'Status', 'col.missing': 'Missing',
        'insp.none': 'No inspections for you yet.',
        'insp.visit': 'Field inspection (door QR, check-in, check list, evidence)',
        'insp.unpublished': 'plan not yet published', 'insp.entered': 'Entered: {result} ({date})', 'insp.final': 'results published',
        'col.matter': 'Matter', 'col.area': 'Area', 'col.address': 'Address', 'col.creditCode': 'Credit code', 'col.team': 'Team',
        'insp.noAddress': '(no address in the directory)',
        'insp.resultCode': 'Result', 'insp.inspectedOn': 'Inspected on', 'insp.note': 'Note', 'insp.save': 'Enter result',
        'insp.confirm': 'Enter this result for "{target}"? Once results are published they cannot be changed.',
        'insp.saved': 'The result is recorded.',
        'insp.matters': 'Joint inspection: each matter has its own result, entered by an officer of the matter\'s agency.',
        'insp.matter': '{matter} ({agency})', 'insp.pending': 'not entered yet',
        'insp.saveMatter': 'Enter this matter\'s result',
        'insp.confirmMatter': 'Enter the result of "{matter}" for "{target}"? Once results are published they cannot be changed.',
    },
};

const session = requireRole('officer');
layout({active: null, messages, title: 'officer.page'});
// the roster id: the server matched it to the provider's claim (GET /api/v1/me); a development token's sub is it
const me = session?.officerId ?? session?.sub;


let record;

/** The officer's own record, read once; the page greets them by name whichever tab opens first. */
function officerRecord() {
    record ??= get(`/api/v1/officers/${me}`).then(officer => {
        document.getElementById('greeting').textContent = t('officer.hello', {name: officer.name});
        return officer;
    });
    return record;
}

async function credential() {
    const body = document.getElementById('credential-body');
    try {
        const officer = await officerRecord();
        const c = officer.credential;
        if (!c) {
            const eligibility = await get(`/api/v1/officers/${me}/eligibility`);
            replace(body, h('p', {text: t('cred.none')}),
                eligibility.eligible ? h('p', {class: 'alert ok', text: t('cred.eligible')})
                    : h('ul', {class: 'check-list'}, eligibility.reasons.map(r => h('li', {class: 'bad', text: r.message}))));
            return;
        }
        // A credential that may not be used today is void (作废): said first, and stamped across its QR code.
        const usable = c.status === 'ACTIVE';
        const qr = h('img', {class: 'qr', alt: t('cred.qr'), id: 'qr'});
        const print = h('button', {type: 'button', class: 'secondary', id: 'print-card', text: t('cred.print')});
        print.addEventListener('click', () => openDocument(`/api/v1/credentials/${c.number}/card`).catch(e => failIn(body, e)));
        replace(body, usable ? null : h('p', {class: 'alert bad', id: 'credential-void', role: 'alert',
            text: t('cred.void', {status: label('status', c.status)})}), h('div', {class: usable ? 'credential' : 'credential void'},
            h('div', {},
                facts([
                    ['cred.number', h('span', {class: 'mono', id: 'credential-number', text: c.number})],
                    ['cred.status', badge('status', c.status)],
                    ['cred.agency', c.agency?.name], ['cred.position', officer.position],
                    ['cred.categories', names(c.categories)], ['cred.areas', names(c.areas)],
                    ['cred.validity', period(c.validFrom, c.validUntil)], ['cred.issuedOn', c.issuedOn],
                    ['cred.legalQualification', yesNo(officer.legalQualification)],
                    ['cred.legalReviewer', yesNo(officer.legalReviewer)],
                ]),
                h('div', {class: 'actions no-print'}, print,
                    h('a', {href: `/verify.html?number=${encodeURIComponent(c.number)}`, text: t('cred.verify')}))),
            h('figure', {}, qr, usable ? null : h('span', {class: 'void-stamp', id: 'qr-void', text: t('cred.voidStamp')}),
                h('figcaption', {class: 'muted', text: t('cred.qr')}))));
        qr.src = await objectUrl(`/api/v1/credentials/${c.number}/qr.png`, 'image/png');
    } catch (error) {
        failIn(body, error);
    }
}

const COUNTED = ['COMPREHENSIVE_LAW', 'PROFESSIONAL_LAW', 'LAW_UPDATE'];
const COLORS = {COMPREHENSIVE_LAW: '#a61b1b', PROFESSIONAL_LAW: '#0b4f9c', LAW_UPDATE: '#1b6e2d'};

function progress(y) {
    const parts = COUNTED.map(c => ({label: label('trainingCategory', c), value: Number(y.hoursByCategory?.[c] || 0), color: COLORS[c]}))
        .filter(p => p.value > 0);
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const shown = Math.abs(sum - Number(y.legalHours)) < 0.01 ? parts : [{label: t('col.legal'), value: Number(y.legalHours), color: COLORS.COMPREHENSIVE_LAW}];
    return progressChart({parts: shown, target: Number(y.requiredHours), expected: y.compliant ? null : Number(y.expectedHours),
        title: 'training.chart', targetLabel: t('training.targetMark', {n: number(y.requiredHours, 1)}),
        expectedLabel: t('training.expectedMark', {n: number(y.expectedHours, 1)})});
}

function records(list) {
    return table([
        {label: 'col.course', value: r => r.title},
        {label: 'col.category', value: r => label('trainingCategory', r.category)},
        {label: 'col.organizer', value: r => r.organizerName},
        {label: 'col.mode', value: r => label('mode', r.mode)},
        {label: 'col.dates', value: r => period(r.startsOn, r.endsOn)},
        {label: 'col.hours', num: true, value: r => number(r.hours, 1)},
    ], list, {caption: 'training.records'});
}

function pagedRecords(list) {
    const container = h('div');
    const show = page => replace(container, records(pageOf(list, page, 10).items), pager(pageOf(list, page, 10), show));
    show(1);
    return container;
}

async function training(year) {
    const body = document.getElementById('training-body');
    try {
        const y = await get(`/api/v1/officers/${me}/training`, {year});
        replace(body,
            h('p', {}, h('strong', {id: 'training-summary', text: t('training.summary', {legal: number(y.legalHours, 1), required: number(y.requiredHours, 1)})}), ' ', badge('duty', y.status)),
            progress(y),
            h('ul', {class: 'muted'},
                y.compliant ? null : h('li', {text: t('training.expected', {expected: number(y.expectedHours, 1)})}),
                h('li', {text: t('training.updates', {n: y.updateTrainings})}),
                h('li', {text: t('training.other', {n: number(y.otherHours, 1)})})),
            y.missing.length
                ? [h('h3', {text: t('training.missing')}), h('ul', {class: 'check-list', id: 'training-missing'}, y.missing.map(m => h('li', {class: 'bad', text: m.message})))]
                : h('p', {class: 'alert ok', text: t('training.complete')}),
            h('h3', {text: t('training.records')}), pagedRecords(y.records));
    } catch (error) {
        failIn(body, error);
    }
}

async function trainingYearForm() {
    const el = document.getElementById('training-year');
    const year = await thisYear();
    el.append(field({name: 'year', label: 'training.year', type: 'select', value: year,
        options: Array.from({length: 6}, (_, i) => ({code: year - i, name: String(year - i)}))}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('training.show')})));
    el.addEventListener('submit', event => {
        event.preventDefault();
        training(values(el).year);
    });
    training(year);
}

async function archive() {
    const body = document.getElementById('archive-body');
    try {
        const a = await get(`/api/v1/officers/${me}/training/archive`);
        const print = h('button', {type: 'button', class: 'secondary', text: t('archive.print')});
        print.addEventListener('click', () => openDocument(`/api/v1/officers/${me}/training/archive`).catch(e => failIn(body, e)));
        replace(body, h('div', {class: 'actions no-print'}, print),
            table([
                {label: 'col.year', value: y => String(y.year)},
                {label: 'col.legal', num: true, value: y => `${number(y.legalHours, 1)} / ${number(y.requiredHours, 1)}`},
                {label: 'col.updates', num: true, value: y => String(y.updateTrainings)},
                {label: 'col.other', num: true, value: y => number(y.otherHours, 1)},
                {label: 'col.status', value: y => badge('duty', y.status)},
                {label: 'col.missing', value: y => y.missing.map(m => m.message).join('；')},
            ], a.years, {caption: 'officer.tab.archive'}));
    } catch (error) {
        failIn(body, error);
    }
}

/**
 * The entry form; a result entered before is shown in it (a finding has no default: the officer chooses).
 * {@code matter}: the matter of a joint inspection the result is for (null for a plan of one matter).
 */
function resultForm(plan, inspection, resultCodes, entered, matter = null) {
    const {form: el, status} = form({
        fields: [
            field({name: 'resultCode', label: 'insp.resultCode', type: 'select', options: resultCodes, value: entered?.resultCode, required: true}),
            field({name: 'inspectedOn', label: 'insp.inspectedOn', type: 'date', value: entered?.inspectedOn, required: true,
                attrs: {min: plan.startsOn, max: plan.endsOn}}),
            field({name: 'note', label: 'insp.note', type: 'textarea', value: entered?.note}),
        ],
        submit: matter ? 'insp.saveMatter' : 'insp.save',
    });
    const target = inspection.targetName || inspection.creditCode;
    onSubmit(el, {
        status,
        confirm: () => matter ? t('insp.confirmMatter', {target, matter: matter.matterName}) : t('insp.confirm', {target}),
        action: async v => {
            const body = {resultCode: v.resultCode, inspectedOn: v.inspectedOn, note: v.note};
            if (matter) body.matterId = matter.matterId;
            await put(`/api/v1/inspections/${inspection.id}/result`, body);
            return t('insp.saved');
        },
    });
    return h('details', {}, h('summary', {text: t(matter ? 'insp.saveMatter' : 'insp.save')}), el);
}

/** What is entered (if any) and, until results are published, the entry form. */
function enteredPart(plan, inspection, resultCodes, result, entered, closed, matter = null) {
    const line = entered?.resultCode
        ? h('p', {class: 'muted', text: t('insp.entered', {result: result(entered.resultCode), date: entered.inspectedOn})})
        : (matter ? h('p', {class: 'muted', text: t('insp.pending')}) : null);
    if (closed) return h('div', {}, line, h('span', {class: 'muted', text: t('insp.final')}));
    return h('div', {}, line, resultForm(plan, inspection, resultCodes, entered, matter));
}

/**
 * The result part of a task: a joint inspection's matters each with its agency, its own result and form (联合检查：
 * 分事项录入); the one result of a plan of one matter otherwise.
 */
function resultPart(a, resultCodes, result) {
    const inspection = {id: a.id, targetName: a.targetName, creditCode: a.creditCode};
    if (!a.matters) return enteredPart(a, inspection, resultCodes, result, a.result, a.resultsPublished);
    return h('div', {class: 'matter-results'}, h('p', {class: 'muted', text: t('insp.matters')}),
        a.matters.map(m => h('section', {class: 'matter-result', 'data-matter': m.matterId},
            h('h4', {text: t('insp.matter', {matter: m.matterName, agency: m.agencyName || m.agencyCode || ''})}),
            enteredPart(a, inspection, resultCodes, result, m, a.resultsPublished, m))));
}

/**
 * One task as a card (read on a phone at the door): when, where (the target's address), whom, what, with whom,
 * and the result. The server gives them in order: open work first, soonest window first.
 */
function taskCard(a, resultCodes, result, division) {
    return h('article', {class: 'task', 'data-inspection': a.id, 'data-starts-on': a.startsOn, 'data-closed': String(a.resultsPublished)},
        h('p', {class: 'task-when'}, h('strong', {class: 'task-window'}, period(a.startsOn, a.endsOn)), ' ',
            a.planPublished ? h('a', {href: `/plan.html?id=${a.planId}`, text: a.planName}) : a.planName,
            a.planPublished ? null : h('span', {class: 'muted', text: ` (${t('insp.unpublished')})`})),
        h('h3', {class: 'task-target', text: a.targetName || a.creditCode}),
        facts([
            ['col.address', h('span', {class: 'task-address', text: a.targetAddress || t('insp.noAddress')})],
            ['col.creditCode', h('span', {class: 'mono', text: a.creditCode})],
            ['col.matter', a.matterName], ['col.area', division(a.areaCode)],
            ['col.team', a.team.map(x => x.name).join('、')],
        ]),
        h('p', {}, h('a', {class: 'button', href: `/visit.html?id=${a.id}`, dataset: {visit: String(a.id)}, text: t('insp.visit')})),
        resultPart(a, resultCodes, result));
}

async function inspections(page = 1) {
    const body = document.getElementById('inspections-body');
    try {
        const [resultCodes, division, result, tasks] = await Promise.all([options('result-codes'), namer('divisions'),
            namer('result-codes'), get('/api/v1/inspections', {officerId: me, page, size: 10})]);
        replace(body, tasks.items.length
            ? h('div', {class: 'tasks', id: 'tasks'}, tasks.items.map(a => taskCard(a, resultCodes, result, division)))
            : h('p', {class: 'muted', text: t('insp.none')}),
        pager(tasks, inspections));
    } catch (error) {
        failIn(body, error);
    }
}

function examStanding({exam, candidate: c}) {
    if (c.exempt) return h('p', {class: 'alert info', text: t('myexam.exempt')});
    if (c.submittedAtMs !== undefined) {
        return h('p', {}, badge('x', t('myexam.score', {score: number(c.score), passed: t(c.passed ? 'myexam.passed' : 'myexam.failed')}),
            c.passed ? 'ok' : 'bad'));
    }
    if (exam.state === 'OPEN') {
        return h('a', {class: 'button', href: `/exam.html?exam=${exam.id}`, dataset: {exam: String(exam.id)},
            text: t(c.sittingId !== undefined ? 'myexam.resume' : 'myexam.enter')});
    }
    return h('p', {class: 'muted', text: t(exam.state === 'SCHEDULED' ? 'myexam.notOpen' : 'myexam.closed')});
}

async function exams() {
    const body = document.getElementById('exams-body');
    try {
        const mine = await get('/api/v1/exams/registrations', {officerId: me});
        replace(body, mine.length ? h('div', {class: 'tasks', id: 'my-exams'}, mine.map(r => h('article', {class: 'task card'},
            h('h3', {text: r.exam.name}),
            facts([['col.category', label('myexam.kind', r.exam.kind)], ['myexam.window', `${instant(r.exam.opensAt)} – ${instant(r.exam.closesAt)}`]]),
            examStanding(r)))) : h('p', {class: 'muted', text: t('myexam.none')}));
    } catch (error) {
        failIn(body, error);
    }
}

if (session) {
    const loaders = {credential, training: trainingYearForm, archive, inspections: () => inspections(1), exams};
    officerRecord().catch(() => undefined);
    tabs(document.getElementById('tabs'), (id, first) => first && loaders[id]());
}
