import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import { decideStageMove, nextStageGate } from 'c/qualificationEngine';
import type { StageGateCriterion, StageGateEvaluation } from 'c/qualificationEngine';
import { fillNamed, type GateLabels } from './gateChecklistLabels';

export interface ChecklistItem {
    key: string;
    text: string;
    now: string;
    met: boolean;
    stateText: string;
    itemClass: string;
}

export interface ChecklistView {
    heading: string;
    summary: string;
    ready: boolean;
    items: ChecklistItem[];
}

/**
 * The next gate ahead of the record and each of its criteria against `evaluation` (what a save would
 * compute now), decided by the same engine rules as the trigger. Null when no gate lies ahead.
 */
export function checklistView(
    config: BoardConfig,
    stage: string | null,
    evaluation: StageGateEvaluation,
    labels: GateLabels,
): ChecklistView | null {
    const gates = config.stageGates ?? [];
    const stages = config.stages ?? [];
    if (gates.length === 0) return null;
    const framework = config.framework.name;
    // The board's framework is the only one a gate sent for this board can name.
    const frameworks = { [framework]: config.framework.dimensions.map((each) => each.key) };
    const objectApiName = config.objectApiName;
    const next = nextStageGate(gates, { objectApiName, framework, stage, stages }, frameworks);
    if (next === null) return null;
    const isLead = objectApiName !== 'Opportunity';
    const decision = decideStageMove(
        gates,
        {
            objectApiName,
            framework,
            fromStage: isLead ? null : stage,
            toStage: isLead ? null : next.stage,
            stages,
        },
        evaluation,
        frameworks,
    );
    const stageLabel = stages.find((each) => each.value === next.stage)?.label ?? next.stage ?? '';
    const items = decision.gates.flatMap((gate) =>
        gate.criteria.map((criterion, index) =>
            itemOf(`${gate.name}-${index}`, criterion, config, labels),
        ),
    );
    const met = items.filter((item) => item.met).length;
    const ready = decision.allowed;
    return {
        heading: isLead ? labels.Conversion : fillNamed(labels.Next, { stage: stageLabel }),
        summary: ready
            ? isLead
                ? labels.Ready_Conversion
                : fillNamed(labels.Ready, { stage: stageLabel })
            : fillNamed(labels.Progress, { met, total: items.length }),
        ready,
        items,
    };
}

function itemOf(
    key: string,
    criterion: StageGateCriterion,
    config: BoardConfig,
    labels: GateLabels,
): ChecklistItem {
    const ratingLabel = (value: string | number | null): string => {
        if (value === null) return labels.None;
        return config.ratingScale.find((option) => option.value === value)?.label ?? String(value);
    };
    const statusLabel = (value: string | number | null): string => {
        if (value === null) return labels.None;
        return config.statusLabels[String(value)] ?? String(value);
    };
    let text: string;
    let actual: string;
    if (criterion.kind === 'STATUS') {
        text = fillNamed(labels.Status, { required: statusLabel(criterion.required) });
        actual = statusLabel(criterion.actual);
    } else if (criterion.kind === 'SCORE') {
        text = fillNamed(labels.Score, { required: criterion.required });
        actual = criterion.actual === null ? labels.None : String(criterion.actual);
    } else {
        const dimension =
            config.framework.dimensions.find((each) => each.key === criterion.dimension)?.label ??
            criterion.dimension ??
            '';
        const template =
            criterion.required === 'Met' ? labels.Dimension_Met : labels.Dimension_At_Least;
        text = fillNamed(template, { dimension, required: ratingLabel(criterion.required) });
        actual = ratingLabel(criterion.actual);
    }
    return {
        key,
        text,
        now: fillNamed(labels.Now, { actual }),
        met: criterion.met,
        stateText: criterion.met ? labels.Done : labels.Open,
        itemClass: criterion.met ? 'checklist__item checklist__item_met' : 'checklist__item',
    };
}
