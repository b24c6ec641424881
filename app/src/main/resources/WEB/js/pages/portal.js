// The public portal's front page: plans from their seal on, the matter list, and a quick credential check.
import {layout} from '../layout.js';
import {h} from '../dom.js';
import {instant, period} from '../format.js';
import {get} from '../api.js';
import {namer} from '../dictionaries.js';
import {PagedTable} from '../paging.js';
import {planState} from '../plans.js';

const messages = {
    zh: {
        'portal.page': '抽查公示',
        'portal.title': '“双随机、一公开”抽查公示',
        'portal.lead': '随机抽取检查对象，随机选派执法检查人员，抽查情况及查处结果及时向社会公开。',
        'portal.verify.title': '核验执法证件',
        'portal.verify.text': '执法人员执法时应当出示执法证件。扫描证件上的二维码，或输入证件编号核验其真伪与当前状态。',
        'portal.verify.number': '证件编号',
        'portal.verify.go': '核验',
        'portal.how.title': '抽取如何做到公平、可核验',
        'portal.how.1': '计划制定后先“封存”：系统生成一个保密的随机种子，只公布它的指纹（承诺值），并固定检查对象名录和检查人员名录。',
        'portal.how.2': '抽取时把种子与一个事先无法预知的公开数据（如某日收盘指数）合在一起，算出本次抽取的随机数。',
        'portal.how.3': '每个检查对象按随机数排序，按风险等级和信用等级确定的比例抽取排在最前的对象，再随机组成至少两人的检查组，有利害关系的人员回避。',
        'portal.how.4': '公示后公布种子与全部数据，任何人都可以在计划页面上一键重算，结果必须完全一致。',
        'portal.plans.title': '抽查计划公示（自封存起）',
        'portal.plans.text': '计划封存后即公开其事项、比例、承诺值、名录指纹与数量；抽取后公开抽取时间，公示后公开抽取名单与检查组。已作废的计划仍保留并说明原因。',
        'portal.matters.title': '随机抽查事项清单',
        'portal.matters.text': '抽查事项、依据、主体、内容、方式和频次事先向社会公开。',
        'col.plan': '计划名称', 'col.year': '年度', 'col.areas': '抽查区域', 'col.window': '检查期间', 'col.state': '状态', 'col.sealedAt': '封存时间', 'col.drawnAt': '抽取时间',
        'col.matter': '抽查事项', 'col.subject': '抽查主体', 'col.basis': '抽查依据', 'col.method': '抽查方式', 'col.frequency': '抽查频次',
    },
    en: {
        'portal.page': 'Inspection plans',
        'portal.title': '"Double random, one public" inspections',
        'portal.lead': 'Targets are drawn at random, inspectors are assigned at random, and what was inspected and found is made public promptly.',
        'portal.verify.title': 'Verify an officer\'s credential',
        'portal.verify.text': 'Officers show their credential at every enforcement act. Scan its QR code, or enter its number, to check that it is genuine and valid.',
        'portal.verify.number': 'Credential number',
        'portal.verify.go': 'Verify',
        'portal.how.title': 'How the draw is fair and can be checked',
        'portal.how.1': 'When a plan is sealed the system makes a secret random seed and publishes only its fingerprint (the commitment), and freezes the lists of targets and inspectors.',
        'portal.how.2': 'At the draw the seed is combined with public data nobody could know in advance (such as a closing index) to make the draw\'s random number.',
        'portal.how.3': 'Targets are ranked by that number and the first ones of every risk and credit class are drawn at the class\'s ratio; teams of at least two are drawn at random, and officers with a conflict of interest are left out.',
        'portal.how.4': 'Once published, the seed and all data are public: anyone can recompute the draw on the plan\'s page with one click and must get the same result.',
        'portal.plans.title': 'Inspection plans (from their seal on)',
        'portal.plans.text': 'From its seal on, a plan\'s matter, ratios, commitment, list fingerprints and counts are public; the draw adds its time, the publication the drawn targets and teams. Cancelled plans stay listed with the reason.',
        'portal.matters.title': 'Random-inspection matter list',
        'portal.matters.text': 'Matters, legal basis, subject, content, method and frequency are public beforehand.',
        'col.plan': 'Plan', 'col.year': 'Year', 'col.areas': 'Areas', 'col.window': 'Inspection window', 'col.state': 'State', 'col.sealedAt': 'Sealed', 'col.drawnAt': 'Drawn',
        'col.matter': 'Matter', 'col.subject': 'Subject', 'col.basis': 'Legal basis', 'col.method': 'Method', 'col.frequency': 'Frequency',
    },
};

layout({active: 'home', messages, title: 'portal.page'});

const division = await namer('divisions');
const category = await namer('categories');
// 抽查主体 is the agency that inspects: named, also where a matter gives its code
const agency = await namer('agencies');

new PagedTable(document.getElementById('plans'), {
    caption: 'portal.plans.title',
    columns: [
        {label: 'col.plan', value: p => h('a', {href: `/plan.html?id=${p.id}`, text: p.name})},
        {label: 'col.year', value: p => String(p.year)},
        {label: 'col.areas', value: p => p.areas.map(division).join('、')},
        {label: 'col.window', value: p => period(p.startsOn, p.endsOn)},
        {label: 'col.state', value: p => planState(p)},
        {label: 'col.sealedAt', value: p => (p.sealedAtMs ? instant(p.sealedAtMs) : '')},
        {label: 'col.drawnAt', value: p => (p.drawnAtMs ? instant(p.drawnAtMs) : '')},
    ],
    load: (page, size) => get('/public/v1/plans', {page, size}),
}).show();

new PagedTable(document.getElementById('matters'), {
    caption: 'portal.matters.title',
    size: 10,
    columns: [
        {label: 'col.matter', value: m => h('span', {}, h('strong', {text: m.name}), h('br'), h('span', {class: 'muted', text: category(m.category)}))},
        {label: 'col.subject', value: m => agency(m.subject)},
        {label: 'col.basis', value: m => m.legalBasis},
        {label: 'col.method', value: m => m.method},
        {label: 'col.frequency', value: m => m.frequency},
    ],
    load: (page, size) => get('/public/v1/matters', {page, size}),
}).show();
