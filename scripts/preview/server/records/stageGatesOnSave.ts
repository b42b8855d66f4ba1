import type { Catalog } from '../../../lib/catalog';
import { STANDARD_OPPORTUNITY_STAGES } from '../../../lib/catalog';
import { FRAMEWORK_FIELD, RESULT_FIELDS } from '../../../lib/resultFields';
import {
    decideStageMove,
    nextStageGate,
} from '../../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type {
    StageGateConfig,
    StageGateCriterion,
    StageMoveDecision,
} from '../../../../force-app/scoring/lwc/qualificationEngine/qualificationEngine';
import type { SupportedObject } from '../metadata/fieldSchema';
import type { PreviewLanguage } from '../metadata/ratingScale';
import type { StoredValue } from './recordStore';
import { fieldError, recordError } from './uiApiErrors';

/**
 * Which gates are active in the preview and who saves. The shipped gates are inactive, as after an
 * install; the toolbar activates some, as an admin would deploy `Active__c = true`. A manager holds
 * the custom permission `BB_Override_Stage_Gates` (permission set `BB_Qualification_Manager`).
 */
export interface StageGateSettings {
    readonly activeGates: readonly string[];
    readonly persona: 'rep' | 'manager';
}

export const NO_ACTIVE_GATES: StageGateSettings = { activeGates: [], persona: 'rep' };

/** The override fields on Lead and Opportunity (twins). */
export const OVERRIDE_FIELDS = {
    reason: 'BB_Gate_Override_Reason__c',
    by: 'BB_Gate_Override_By__c',
    on: 'BB_Gate_Override_On__c',
    gate: 'BB_Gate_Override_Gate__c',
    count: 'BB_Gate_Override_Count__c',
} as const;

/** The next-gate report fields the trigger keeps on every save (QualificationStageGateEnforcer). */
export const NEXT_GATE_FIELDS = {
    gate: 'BB_Next_Gate__c',
    status: 'BB_Next_Gate_Status__c',
    blockedBy: 'BB_Next_Gate_Blocked_By__c',
} as const;

/** What BB_Qualification_Manager adds to the rep's field access on both objects. */
export const MANAGER_EDITABLE_FIELDS: readonly string[] = [OVERRIDE_FIELDS.reason];

export interface GateSaveInput {
    readonly objectApiName: SupportedObject;
    /** The record before the save; undefined on insert. */
    readonly before: Readonly<Record<string, StoredValue>> | undefined;
    /** The record as the trigger evaluated it (fresh status and score). */
    readonly after: Readonly<Record<string, StoredValue>>;
    readonly catalog: Catalog;
    readonly language: PreviewLanguage;
    readonly settings: StageGateSettings;
    readonly statusLabels: Readonly<Record<string, string>>;
    readonly userId: string;
    readonly now: Date;
}

/**
 * What the Apex trigger does with stage gates before save (QualificationStageGateEnforcer): an
 * Opportunity's forward move and a Lead's conversion must pass the active gates, decided by the
 * shared engine; a move that falls short fails on StageName (a conversion on the record) with the
 * unmet criteria named in the saver's language, unless a manager typed an override reason in this
 * save: then who, when, which gates and the count are stamped. Returns the fields to stamp.
 */
export function stageGatesOnSave(input: GateSaveInput): Record<string, StoredValue> {
    const { objectApiName, before, after, catalog, settings } = input;
    const converting =
        objectApiName === 'Lead' && after.IsConverted === true && before?.IsConverted !== true;
    const stageChanged =
        objectApiName === 'Opportunity' &&
        (before === undefined || before.StageName !== after.StageName);
    const active = new Set(settings.activeGates);
    const gates = catalog.stageGates.map((gate) => ({ ...gate, active: active.has(gate.name) }));
    const framework =
        textOf(after[FRAMEWORK_FIELD]) ?? defaultFrameworkName(catalog, objectApiName);
    const definition = catalog.frameworks.find((each) => each.name === framework);
    const answers: Record<string, unknown> = {};
    for (const dimension of definition?.dimensions ?? []) {
        answers[dimension.key] = after[dimension.ratingField];
    }
    const evaluation = {
        status: textOf(after[RESULT_FIELDS.status]),
        score:
            typeof after[RESULT_FIELDS.score] === 'number'
                ? (after[RESULT_FIELDS.score] as number)
                : null,
        answers,
    };
    const decide = (fromStage: string | null, toStage: string | null): StageMoveDecision =>
        decideStageMove(
            gates,
            { objectApiName, framework, fromStage, toStage, stages: STANDARD_OPPORTUNITY_STAGES },
            evaluation,
            catalog.frameworkDimensions,
        );
    const stamps: Record<string, StoredValue> = {};
    if (converting || stageChanged) {
        const decision = converting
            ? decide(null, null)
            : decide(textOf(before?.StageName), textOf(after.StageName));
        if (!decision.allowed)
            Object.assign(stamps, passOrBlock(input, decision, converting, framework));
    }
    return { ...stamps, ...nextGateFields(input, gates, framework, decide) };
}

/** A shortfall: the manager's exception stamps, or the save fails with the named criteria. */
function passOrBlock(
    input: GateSaveInput,
    decision: StageMoveDecision,
    converting: boolean,
    framework: string | null,
): Record<string, StoredValue> {
    const { before, after, settings } = input;
    const mayOverride = settings.persona === 'manager';
    const reason = textOf(after[OVERRIDE_FIELDS.reason]);
    // Typed in this save; for a conversion (the Convert button edits no field) also one typed
    // before, as long as the lead has passed no gate by exception yet.
    const reasonGiven =
        reason !== null &&
        (reason !== textOf(before?.[OVERRIDE_FIELDS.reason]) ||
            (converting && (before?.[OVERRIDE_FIELDS.on] ?? null) === null));
    if (mayOverride && reasonGiven) {
        const count = before?.[OVERRIDE_FIELDS.count];
        return {
            [OVERRIDE_FIELDS.by]: input.userId,
            [OVERRIDE_FIELDS.on]: input.now.toISOString(),
            [OVERRIDE_FIELDS.gate]: unmetGates(decision)
                .map((gate) => gate.name)
                .join(';'),
            [OVERRIDE_FIELDS.count]: (typeof count === 'number' ? count : 0) + 1,
        };
    }
    const message = blockedMessage(
        input,
        decision,
        converting ? null : textOf(after.StageName),
        framework,
        mayOverride,
    );
    if (converting)
        throw recordError([{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message }], []);
    throw recordError(
        [],
        [fieldError('StageName', 'Stage', 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message)],
    );
}

/**
 * The next gate ahead after this save, whether it is ready and what blocks it (criterion keys:
 * Status, Score or a dimension), for the reports; blank when none lies ahead, the Opportunity is
 * closed or the Lead converted.
 */
function nextGateFields(
    input: GateSaveInput,
    gates: readonly StageGateConfig[],
    framework: string | null,
    decide: (fromStage: string | null, toStage: string | null) => StageMoveDecision,
): Record<string, StoredValue> {
    const { objectApiName, after } = input;
    const none = {
        [NEXT_GATE_FIELDS.gate]: null,
        [NEXT_GATE_FIELDS.status]: null,
        [NEXT_GATE_FIELDS.blockedBy]: null,
    };
    let decision: StageMoveDecision;
    if (objectApiName === 'Opportunity') {
        const stage = textOf(after.StageName);
        if (STANDARD_OPPORTUNITY_STAGES.find((each) => each.value === stage)?.closed) return none;
        const next = nextStageGate(
            gates,
            { objectApiName, framework, stage, stages: STANDARD_OPPORTUNITY_STAGES },
            input.catalog.frameworkDimensions,
        );
        if (next === null) return none;
        decision = decide(stage, next.stage);
    } else {
        if (after.IsConverted === true) return none;
        decision = decide(null, null);
    }
    if (decision.gates.length === 0) return none;
    const keys: string[] = [];
    for (const gate of unmetGates(decision)) {
        for (const criterion of gate.criteria.filter((each) => !each.met)) {
            const key =
                criterion.kind === 'STATUS'
                    ? 'Status'
                    : criterion.kind === 'SCORE'
                      ? 'Score'
                      : (criterion.dimension ?? '');
            if (!keys.includes(key)) keys.push(key);
        }
    }
    return {
        [NEXT_GATE_FIELDS.gate]: decision.gates
            .map((gate) => gate.name)
            .join(';')
            .slice(0, 255),
        [NEXT_GATE_FIELDS.status]: decision.allowed ? 'Ready' : 'Blocked',
        [NEXT_GATE_FIELDS.blockedBy]: keys.length === 0 ? null : keys.join(';').slice(0, 255),
    };
}

/** The message as QualificationStageGateMessages.blocked builds it: each unmet criterion once, in order. */
function blockedMessage(
    input: GateSaveInput,
    decision: StageMoveDecision,
    stage: string | null,
    framework: string | null,
    mayOverride: boolean,
): string {
    const { catalog, language } = input;
    const label = (name: string): string => catalog.label(name, language);
    const none = label('BB_Gate_Value_None');
    const ratings = catalog.ratingLabels(language);
    const titles = new Map(
        (catalog.frameworks.find((each) => each.name === framework)?.dimensions ?? []).map(
            (each) => [each.key, each.title[language]],
        ),
    );
    const named = (
        labels: Readonly<Record<string, string>>,
        value: string | number | null,
    ): string => (value === null || value === '' ? none : (labels[String(value)] ?? String(value)));
    const criteria: string[] = [];
    for (const gate of unmetGates(decision)) {
        for (const criterion of gate.criteria.filter((each) => !each.met)) {
            const text = criterionText(
                criterion,
                label,
                named,
                input.statusLabels,
                ratings,
                titles,
                none,
            );
            if (!criteria.includes(text)) criteria.push(text);
        }
    }
    const joined = criteria.join('; ');
    // The preview's stages are the standard values; an org's describe gives their labels.
    const message =
        stage === null
            ? fillNamed(label('BB_Gate_Blocked_Conversion'), { criteria: joined })
            : fillNamed(label('BB_Gate_Blocked'), { stage, criteria: joined });
    return mayOverride ? `${message} ${label('BB_Gate_Override_Hint')}` : message;
}

function criterionText(
    criterion: StageGateCriterion,
    label: (name: string) => string,
    named: (labels: Readonly<Record<string, string>>, value: string | number | null) => string,
    statusLabels: Readonly<Record<string, string>>,
    ratings: Readonly<Record<string, string>>,
    titles: ReadonlyMap<string, string>,
    none: string,
): string {
    if (criterion.kind === 'STATUS') {
        return fillNamed(label('BB_Gate_Criterion_Status'), {
            required: named(statusLabels, criterion.required),
            actual: named(statusLabels, criterion.actual),
        });
    }
    if (criterion.kind === 'SCORE') {
        return fillNamed(label('BB_Gate_Criterion_Score'), {
            required: String(criterion.required),
            actual: criterion.actual === null ? none : String(criterion.actual),
        });
    }
    const dimension = criterion.dimension ?? '';
    return fillNamed(
        label(
            criterion.required === 'Met'
                ? 'BB_Gate_Criterion_Dimension_Met'
                : 'BB_Gate_Criterion_Dimension_At_Least',
        ),
        {
            dimension: titles.get(dimension) ?? dimension,
            required: named(ratings, criterion.required),
            actual: named(ratings, criterion.actual),
        },
    );
}

function unmetGates(decision: StageMoveDecision): StageMoveDecision['gates'] {
    return decision.gates.filter((gate) => !gate.met);
}

function fillNamed(template: string, values: Readonly<Record<string, string>>): string {
    return template.replace(
        /\{(\w+)\}/g,
        (placeholder: string, name: string) => values[name] ?? placeholder,
    );
}

function textOf(value: StoredValue | undefined): string | null {
    return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function defaultFrameworkName(catalog: Catalog, objectApiName: string): string | null {
    return catalog.frameworks.find((each) => each.defaultFor.includes(objectApiName))?.name ?? null;
}
