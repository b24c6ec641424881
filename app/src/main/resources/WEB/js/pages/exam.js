// The officer's sitting, phone first: the paper in the candidate's own order, each answer saved as it is chosen,
// the time left counted from the server's figure (not the device's clock), resumed as it stood after a reload or on
// another device (which takes the sitting over), submitted and scored on the server.
import {layout} from '../layout.js';
import {h, params, replace} from '../dom.js';
import {post, put, ApiError} from '../api.js';
import {t} from '../i18n.js';
import {number} from '../format.js';
import {requireRole} from '../session.js';
import {confirmAction} from '../forms.js';
import {showError, showInfo} from '../problem.js';
import messages from '../messages/exams.js';

const session = requireRole('officer');
layout({active: null, messages, title: 'sit.page'});
const $ = id => document.getElementById(id);
const DEVICE_KEY = 'zhifa.exam.device';

/** This browser's device id: kept across reloads, new in another browser (which then takes the sitting over). */
function device() {
    try {
        let id = localStorage.getItem(DEVICE_KEY);
        if (!id) {
            id = `web-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
            localStorage.setItem(DEVICE_KEY, id);
        }
        return id;
    } catch {
        return 'web-private';
    }
}

let sitting;
let deadline;
let ticker;
let closed = false;

function format(seconds) {
    const s = Math.max(0, Math.ceil(seconds));
    const hh = Math.floor(s / 3600);
    const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
    const ss = String(s % 60).padStart(2, '0');
    return hh ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}

function tick() {
    const left = (deadline - performance.now()) / 1000;
    const clock = $('clock');
    clock.hidden = false;
    replace(clock, h('span', {class: 'muted', text: `${t('sit.timeLeft')} `}), h('strong', {id: 'time-left', text: format(left)}));
    clock.classList.toggle('ending', left < 300);
    if (left <= 0) {
        clearInterval(ticker);
        submit(true);
    }
}

function lock(message) {
    closed = true;
    clearInterval(ticker);
    for (const input of $('paper').querySelectorAll('input, button')) input.disabled = true;
    if (message) showInfo($('sitting-status'), message);
}

async function save(question, fieldset) {
    const choice = [...fieldset.querySelectorAll('input:checked')].map(i => i.value);
    const note = fieldset.querySelector('.saved');
    note.textContent = t('sit.saving');
    try {
        await put(`/api/v1/sittings/${sitting.id}/answers/${question.id}`, {choice, device: device()});
        note.textContent = t('sit.saved');
        fieldset.dataset.saved = choice.join('');
        fieldset.classList.toggle('answered', choice.length > 0);
    } catch (error) {
        note.textContent = '';
        const code = error instanceof ApiError ? (error.problem.type || '').split(':').pop() : '';
        if (code === 'SITTING_TAKEN_OVER') lock(t('sit.takenOver'));
        else if (code === 'SITTING_TIME_OVER' || code === 'SITTING_SUBMITTED') submit(true);
        else showError($('sitting-status'), error);
    }
}

function questionPart(q) {
    const multiple = q.type === 'MULTIPLE';
    const fieldset = h('fieldset', {class: `question${q.choice.length ? ' answered' : ''}`, id: `q-${q.position}`,
        dataset: {question: String(q.id), saved: q.choice.join('')}},
        h('legend', {}, h('span', {class: 'muted', text: t('sit.question', {n: q.position})}),
            multiple ? h('span', {class: 'muted', text: t('sit.multiple')}) : null, h('br'), h('span', {class: 'stem', text: q.stem})),
        q.options.map(o => h('label', {class: 'option'},
            h('input', {type: multiple ? 'checkbox' : 'radio', name: `q${q.id}`, value: o.key, checked: q.choice.includes(o.key)}),
            h('span', {class: 'key', text: `${o.key}. `}), o.text)),
        h('span', {class: 'saved muted', 'aria-live': 'polite'}));
    fieldset.addEventListener('change', () => { if (!closed) save(q, fieldset); });
    return fieldset;
}

function showResult(result) {
    lock(null);
    replace($('result'), h('div', {class: `alert ${result.passed ? 'ok' : 'bad'}`, id: 'exam-result', role: 'status'},
        h('strong', {text: t('sit.result', {score: number(result.score), passMark: number(result.passMark)})}), h('br'),
        result.submittedHow === 'TIMEOUT' ? [t('sit.timeout'), h('br')] : null,
        t(result.passed ? 'sit.passed' : 'sit.failed')));
    $('clock').hidden = true;
}

async function submit(timeUp) {
    if (closed) return;
    if (!timeUp) {
        const unanswered = $('paper').querySelectorAll('fieldset.question:not(.answered)').length;
        const message = [t('sit.confirm'), unanswered ? t('sit.unanswered', {n: unanswered}) : ''].join(' ');
        if (!(await confirmAction({message}))) return;
    }
    try {
        showResult(await post(`/api/v1/sittings/${sitting.id}/submit`, {}));
    } catch (error) {
        showError($('sitting-status'), error);
    }
}

async function open(examId) {
    try {
        showInfo($('sitting-status'), t('sit.loading'));
        sitting = await post(`/api/v1/exams/${examId}/sittings`, {device: device()});
        replace($('exam-title'), sitting.examName);
        document.title = `${sitting.examName} - ${t('site.name')}`;
        replace($('paper'), sitting.questions.map(questionPart),
            h('div', {class: 'actions'}, h('button', {type: 'button', id: 'submit-paper', text: t('sit.submit'), onclick: () => submit(false)})));
        if (sitting.submitted) {
            showResult(sitting.result);
            replace($('sitting-status'));
            $('sitting-status').className = 'alert';
            return;
        }
        const resumed = sitting.questions.some(q => q.choice.length);
        if (resumed) showInfo($('sitting-status'), t('sit.resume'));
        else replace($('sitting-status'));
        if (!resumed) $('sitting-status').className = 'alert';
        deadline = performance.now() + sitting.secondsLeft * 1000;
        tick();
        ticker = setInterval(tick, 1000);
    } catch (error) {
        showError($('sitting-status'), error);
    }
}

if (session) {
    const examId = params().get('exam');
    if (examId) open(examId);
    else showInfo($('sitting-status'), t('sit.noExam'));
}
