// The planner's console: plans (with the seal → draw → publish → results workflow), matters, targets, the
// matters' check lists, the overdue and incomplete inspections, and what results feed back (risk level proposals)
// and export (published results).
import {layout} from '../layout.js';
import {requireRole} from '../session.js';
import {tabs} from '../tabs.js';
import messages from '../messages/planner.js';
import {planList, newPlanForm} from '../planner/plans.js';
import {PlanWorkflow} from '../planner/workflow.js';
import {matters} from '../planner/matters.js';
import {targets} from '../planner/targets.js';
import {checklists} from '../planner/checklists.js';
import {openRecords} from '../planner/open-records.js';
import {proposals, resultsExport} from '../planner/proposals.js';

const session = requireRole('planner');
layout({active: null, messages, title: 'planner.page'});
const $ = id => document.getElementById(id);

async function plans() {
    let list;
    const workflow = new PlanWorkflow($('plan-flow'), () => list?.show());
    const manage = id => {
        $('plan-flow-card').hidden = false;
        return workflow.open(id);
    };
    list = await planList($('plan-list'), manage);
    await newPlanForm($('plan-new'), plan => {
        list.reload();
        manage(plan.id);
    });
}

const loaders = {
    plans,
    matters: () => matters($('matter-list'), $('matter-new')),
    targets: () => targets({searchBox: $('target-search'), listBox: $('target-list'), importBox: $('target-import'), conflictBox: $('target-conflict')}),
    checklists: () => checklists($('checklist-editor-box')),
    records: () => openRecords($('records-body')),
    results: async () => {
        resultsExport($('results-export-box'));
        await proposals($('proposal-list'));
    },
};

if (session) tabs($('tabs'), (id, first) => first && loaders[id]());
