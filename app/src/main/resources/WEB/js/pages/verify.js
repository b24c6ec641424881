// The public credential check by number: the live status in large words and colour, and the public fields.
import {layout} from '../layout.js';
import {h, params, replace} from '../dom.js';
import {get} from '../api.js';
import {t} from '../i18n.js';
import {instant, label, names} from '../format.js';
import {field, values} from '../forms.js';
import {showError} from '../problem.js';

const messages = {
    zh: {
        'verify.page': '证件核验',
        'verify.title': '行政执法证件核验',
        'verify.lead': '输入执法人员出示的证件编号，查看该证件的实时登记状态。扫描证件二维码打开的核验页还会检查二维码签名。',
        'verify.number': '证件编号',
        'verify.go': '核验',
        'verify.valid': '证件有效',
        'verify.valid.text': '该执法人员持有有效的行政执法证件，可在下列类别和区域内从事执法活动。',
        'verify.invalid': '证件无效',
        'verify.invalid.text': '该证件当前状态为“{status}”，持证人不得以此证件从事执法活动。如对方仍在执法，可向司法局反映。',
        'verify.name': '姓名', 'verify.agency': '执法机关', 'verify.position': '职务', 'verify.numberLabel': '证件编号',
        'verify.categories': '执法类别', 'verify.areas': '执法区域', 'verify.validity': '有效期', 'verify.status': '状态',
        'verify.issuedBy': '发证机关',
        'verify.validity.value': '{from} 至 {until}',
        'verify.checkedAt': '核验时间：{at}（实时登记信息）',
    },
    en: {
        'verify.page': 'Verify a credential',
        'verify.title': 'Verify a law-enforcement credential',
        'verify.lead': 'Enter the number on the credential an officer shows you to see its live status. The page a credential\'s QR code opens also checks the code\'s signature.',
        'verify.number': 'Credential number',
        'verify.go': 'Verify',
        'verify.valid': 'Valid credential',
        'verify.valid.text': 'This officer holds a valid law-enforcement credential for the categories and areas below.',
        'verify.invalid': 'Not a valid credential',
        'verify.invalid.text': 'This credential is "{status}": its holder may not enforce with it. If they still do, please tell the judicial bureau.',
        'verify.name': 'Name', 'verify.agency': 'Agency', 'verify.position': 'Post', 'verify.numberLabel': 'Credential number',
        'verify.categories': 'Categories', 'verify.areas': 'Areas', 'verify.validity': 'Valid', 'verify.status': 'Status',
        'verify.issuedBy': 'Issued by',
        'verify.validity.value': '{from} to {until}',
        'verify.checkedAt': 'Checked at {at} (live record)',
    },
};

layout({active: 'verify', messages, title: 'verify.page'});

const form = document.getElementById('lookup');
const outcome = document.getElementById('outcome');
const number = params().get('number') || '';
form.append(field({name: 'number', label: 'verify.number', value: number, required: true, attrs: {inputmode: 'numeric', autocomplete: 'off'}}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('verify.go')})));

function verdict(c) {
    const valid = c.status === 'ACTIVE';
    const status = label('status', c.status);
    return h('section', {class: 'card'},
        h('div', {class: `verdict ${valid ? 'ok' : 'bad'}`, id: 'verdict', dataset: {status: c.status}},
            h('span', {class: 'big', text: t(valid ? 'verify.valid' : 'verify.invalid')}),
            t(valid ? 'verify.valid.text' : 'verify.invalid.text', {status})),
        h('dl', {class: 'facts'},
            [['verify.name', c.name], ['verify.agency', c.agency?.name], ['verify.position', c.position],
                ['verify.numberLabel', c.number], ['verify.categories', names(c.categories)], ['verify.areas', names(c.areas)],
                ['verify.validity', t('verify.validity.value', {from: c.validFrom, until: c.validUntil})],
                ['verify.issuedBy', c.issuedBy?.name], ['verify.status', status]]
                .map(([k, v]) => [h('dt', {text: t(k)}), h('dd', {id: {'verify.status': 'status', 'verify.issuedBy': 'issued-by'}[k] ?? null, text: v ?? ''})])),
        h('p', {class: 'muted', text: t('verify.checkedAt', {at: instant(Date.now())})}));
}

async function lookup(value) {
    if (!value) return;
    outcome.setAttribute('aria-busy', 'true');
    try {
        replace(outcome, verdict(await get(`/public/v1/credentials/${encodeURIComponent(value)}`)));
    } catch (error) {
        const region = h('div');
        replace(outcome, region);
        showError(region, error);
    } finally {
        outcome.removeAttribute('aria-busy');
    }
}

form.addEventListener('submit', event => {
    event.preventDefault();
    const value = values(form).number || '';
    history.replaceState(null, '', `?number=${encodeURIComponent(value)}`);
    lookup(value);
});
lookup(number);
