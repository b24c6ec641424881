// Recomputes a published target draw from its draw record, exactly as api.md states it (the same steps as
// docs/verify-draw.py): commitment, snapshot hashes, the entropy source the seal committed to (when it named one),
// seed, and the targets drawn in every stratum; for a joint plan (several matters) the target hash covers the matters
// each target falls in, and every inspection must cover exactly its target's matters. A cancelled
// plan's record has the failed attempt's seed and targets, or no seed when no draw was attempted: then only the
// commitment and the snapshots are checked.
import {sha256hex} from './sha256.js';

const SCALE = 10n ** 8n;

/** A decimal with at most 8 places as an integer count of 1e-8 (exact, never floating point). */
function scaled(value) {
    const [whole, fraction = ''] = String(value ?? 0).split('.');
    return BigInt(whole || '0') * SCALE + BigInt((fraction + '00000000').slice(0, 8));
}

/** n = ceil(min(1, ratio × multiplier) × N), in exact integer arithmetic. */
export function drawCount(ratio, multiplier, eligible) {
    let r = scaled(ratio) * scaled(multiplier ?? 1) / SCALE;
    if (r > SCALE) r = SCALE;
    const product = r * BigInt(eligible);
    return Number((product + SCALE - 1n) / SCALE);
}

/** [{name, ok}] for every check, and whether all hold. */
export function checkDraw(record) {
    const targets = [...record.eligibleTargets].sort((a, b) => (a.creditCode < b.creditCode ? -1 : a.creditCode > b.creditCode ? 1 : 0));
    const joint = targets.some(t => t.matterIds !== undefined && t.matterIds !== null);
    const matters = ids => [...(ids || [])].sort((a, b) => a - b).join(';');
    const line = t => `${t.creditCode},${t.riskLevel},${t.creditLevel}${joint ? `,${matters(t.matterIds)}` : ''}\n`;
    const checks = [
        {name: 'commitment', ok: sha256hex(record.serverSeed) === record.commitment},
        {name: 'targetsHash', ok: sha256hex(targets.map(line).join('')) === record.targetsHash},
        {name: 'inspectorsHash', ok: sha256hex([...(record.eligibleInspectors || [])].sort().map(n => `${n}\n`).join('')) === record.inspectorsHash},
    ];
    const source = record.entropySource;
    if (source || record.entropyRule === 'NAMED_SOURCE') {
        checks.push({name: 'entropySourceHash', ok: !!source && sha256hex(`${source.description}\n${source.availableAt}`) === record.entropySourceHash});
    } else if (record.entropyRule === 'NONE') {
        checks.push({name: 'externalEntropy', ok: !record.externalEntropy});
    }
    if (record.seed === null || record.seed === undefined) {
        return {checks, ok: checks.every(c => c.ok), drawn: 0};
    }
    checks.push({name: 'seed', ok: sha256hex(`${record.serverSeed}:${record.externalEntropy || ''}`) === record.seed});
    const strata = new Map();
    for (const t of targets) {
        const key = `${t.riskLevel}|${t.creditLevel}`;
        if (!strata.has(key)) strata.set(key, {risk: t.riskLevel, credit: t.creditLevel, codes: []});
        strata.get(key).codes.push(t.creditCode);
    }
    const drawn = [];
    for (const {risk, credit, codes} of strata.values()) {
        const n = drawCount(record.ratios?.[risk] ?? 0, record.creditMultipliers?.[credit] ?? 1, codes.length);
        const ranked = codes.map(code => ({code, rank: sha256hex(`${record.seed}:${code}`)}))
            .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.code < b.code ? -1 : 1));
        drawn.push(...ranked.slice(0, n).map(r => r.code));
    }
    const same = drawn.sort().join('\n') === [...record.drawnCreditCodes].sort().join('\n');
    checks.push({name: 'drawnCreditCodes', ok: same});
    if (joint) {
        const of = new Map(targets.map(t => [t.creditCode, matters(t.matterIds)]));
        checks.push({name: 'inspectionMatters', ok: (record.inspections || []).every(i => matters(i.matterIds) === of.get(i.creditCode))});
    }
    return {checks, ok: checks.every(c => c.ok), drawn: drawn.length};
}
