/**
 * Stage gates (docs/architecture.md, "Stage gates"): whether an Opportunity may move forward to a
 * stage, or a Lead may be converted, given its fresh evaluation. The Apex trigger enforces the same
 * rules (`QualificationStageGates`); the vectors in BB_StageGateVectors.json keep both in agreement.
 * Pure: the stage list, the gates and the frameworks' dimension keys are inputs.
 */

export const STAGE_GATE_TYPE = 'BB_Stage_Gate__mdt';

/** Status rank: a status meets a minimum when its rank is at least the minimum's. */
export const STATUS_RANKS: Readonly<Record<string, number>> = Object.freeze({
    Disqualified: 0,
    New: 1,
    Working: 2,
    Nurture: 3,
    Qualified: 4,
});

/** Rating rank: `Not_Met` means explored and not a Blocker; every other value ranks 0. */
export const RATING_RANKS: Readonly<Record<string, number>> = Object.freeze({
    Not_Met: 1,
    Partly_Met: 2,
    Met: 3,
});

/** The statuses a gate may require (a lower one would let everything pass). */
export const GATE_STATUSES = ['Working', 'Nurture', 'Qualified'] as const;

/** One `BB_Stage_Gate__mdt` record, its fields as written (the vectors' gate shape). */
export interface StageGateConfig {
    /** DeveloperName. */
    readonly name: string;
    /** Object__c: `Opportunity` or `Lead`. */
    readonly objectApiName: string | null;
    /** Stage__c: the StageName API value the gate guards; blank for Lead. */
    readonly stage: string | null;
    /** Framework__c: a framework DeveloperName; blank for every framework. */
    readonly framework: string | null;
    readonly minimumStatus: string | null;
    readonly minimumScore: number | null;
    /** Dimension_Requirements__c as written, e.g. `Authority:Met;Budget:Partly_Met`. */
    readonly requirements: string | null;
    readonly active: boolean;
}

/** One value of the StageName picklist, in picklist order. */
export interface StageOption {
    readonly value: string;
    readonly closed: boolean;
    readonly won: boolean;
}

/** Framework DeveloperName → its dimension keys. */
export type FrameworkDimensions = Readonly<Record<string, readonly string[]>>;

export interface StageMove {
    readonly objectApiName: string;
    /** The record's framework DeveloperName. */
    readonly framework: string | null;
    /** The stage before the save; null on insert. Ignored for Lead. */
    readonly fromStage: string | null;
    /** The stage after the save; null for a Lead's conversion. */
    readonly toStage: string | null;
    readonly stages: readonly StageOption[];
}

export interface StageGateEvaluation {
    readonly status: string | null;
    readonly score: number | null;
    /** Dimension key → raw rating. */
    readonly answers: Readonly<Record<string, unknown>>;
}

export interface StageGateCriterion {
    readonly kind: 'STATUS' | 'SCORE' | 'DIMENSION';
    readonly dimension?: string;
    readonly required: string | number;
    readonly actual: string | number | null;
    readonly met: boolean;
}

export interface StageGateResult {
    readonly name: string;
    readonly stage: string | null;
    readonly met: boolean;
    readonly criteria: readonly StageGateCriterion[];
}

export interface StageMoveDecision {
    readonly allowed: boolean;
    readonly gates: readonly StageGateResult[];
    readonly errors: readonly string[];
}

/** Where a record stands, for the next gate ahead of it. */
export interface StagePosition {
    readonly objectApiName: string;
    readonly framework: string | null;
    /** The current stage; null for a Lead or a record without one. */
    readonly stage: string | null;
    readonly stages: readonly StageOption[];
}

interface Requirement {
    readonly dimension: string;
    readonly rating: string;
}

/**
 * Every configuration problem of a gate, as named sentences; an empty list means it can be enforced.
 * `stages` are the Opportunity stages; `frameworks` the known frameworks with their dimension keys.
 */
export function validateStageGate(
    gate: StageGateConfig,
    stages: readonly StageOption[],
    frameworks: FrameworkDimensions,
): string[] {
    const errors: string[] = [];
    const say = (field: string, problem: string, value: unknown): void => {
        errors.push(`${STAGE_GATE_TYPE}.${gate.name}: ${field} ${problem} (was ${written(value)})`);
    };
    const object = gate.objectApiName;
    if (object === 'Opportunity') {
        if (isBlank(gate.stage)) {
            say('Stage__c', 'must name the stage the gate guards', gate.stage);
        } else if (!stages.some((option) => option.value === gate.stage)) {
            say('Stage__c', 'is not a value of the Opportunity StageName picklist', gate.stage);
        }
    } else if (object === 'Lead') {
        if (!isBlank(gate.stage)) {
            say('Stage__c', 'must be blank: a Lead gate guards conversion', gate.stage);
        }
    } else {
        say('Object__c', 'must be Lead or Opportunity', object);
    }
    const framework = isBlank(gate.framework) ? null : gate.framework;
    const frameworkKnown = framework !== null && hasOwn(frameworks, framework);
    if (framework !== null && !frameworkKnown) {
        say('Framework__c', 'names no known framework', framework);
    }
    if (
        !isBlank(gate.minimumStatus) &&
        !(GATE_STATUSES as readonly string[]).includes(gate.minimumStatus)
    ) {
        say('Minimum_Status__c', 'must be Working, Nurture or Qualified', gate.minimumStatus);
    }
    const score = gate.minimumScore;
    if (score !== null && !(Number.isInteger(score) && score >= 0 && score <= 100)) {
        say('Minimum_Score__c', 'must be a whole number from 0 to 100', score);
    }
    const seen = new Set<string>();
    for (const segment of requirementSegments(gate.requirements)) {
        const pair = splitPair(segment);
        if (pair === null) {
            say('Dimension_Requirements__c', 'has a malformed pair, expected Key:Rating', segment);
        } else if (!hasOwn(RATING_RANKS, pair.rating)) {
            say(
                'Dimension_Requirements__c',
                'has an unknown rating, expected Not_Met, Partly_Met or Met',
                segment,
            );
        } else if (seen.has(pair.dimension)) {
            say('Dimension_Requirements__c', `names ${pair.dimension} more than once`, segment);
        } else if (
            frameworkKnown &&
            framework !== null &&
            !(frameworks[framework] ?? []).includes(pair.dimension)
        ) {
            say(
                'Dimension_Requirements__c',
                `names ${pair.dimension}, which is not a dimension of ${framework}`,
                segment,
            );
        }
        if (pair !== null) seen.add(pair.dimension);
    }
    if (isBlank(gate.minimumStatus) && score === null && isBlank(gate.requirements)) {
        say(
            'Dimension_Requirements__c',
            'must name a requirement when Minimum_Status__c and Minimum_Score__c are blank: a gate needs a criterion',
            null,
        );
    }
    return errors;
}

/**
 * Whether the move is allowed, which gates it had to pass with each criterion, and the
 * configuration errors of every active gate (an invalid gate is reported, never enforced).
 */
export function decideStageMove(
    gates: readonly StageGateConfig[],
    move: StageMove,
    evaluation: StageGateEvaluation,
    frameworks: FrameworkDimensions,
): StageMoveDecision {
    const { valid, errors } = activeValidGates(gates, move.stages, frameworks);
    const inPlay = gatesToPass(valid, move);
    const dimensions = move.framework !== null ? (frameworks[move.framework] ?? []) : [];
    const results = inPlay.map((gate) => checkGate(gate, evaluation, dimensions));
    return { allowed: results.every((result) => result.met), gates: results, errors };
}

/**
 * The first active, valid gate ahead of the record (stage order, then DeveloperName), or null.
 * For a Lead: the first conversion gate that applies to its framework.
 */
export function nextStageGate(
    gates: readonly StageGateConfig[],
    position: StagePosition,
    frameworks: FrameworkDimensions,
): StageGateConfig | null {
    const { valid } = activeValidGates(gates, position.stages, frameworks);
    const applying = valid.filter((gate) => applies(gate, position));
    if (position.objectApiName !== 'Opportunity') return applying[0] ?? null;
    const current = stageIndex(position.stages, position.stage);
    return applying.find((gate) => stageIndex(position.stages, gate.stage) > current) ?? null;
}

function activeValidGates(
    gates: readonly StageGateConfig[],
    stages: readonly StageOption[],
    frameworks: FrameworkDimensions,
): { valid: StageGateConfig[]; errors: string[] } {
    const active = gates.filter((gate) => gate.active).sort(byName);
    const valid: StageGateConfig[] = [];
    const errors: string[] = [];
    for (const gate of active) {
        const problems = validateStageGate(gate, stages, frameworks);
        if (problems.length === 0) valid.push(gate);
        else errors.push(...problems);
    }
    // Stage order then name; a stable sort keeps the name order within a stage.
    valid.sort((a, b) => stageIndex(stages, a.stage) - stageIndex(stages, b.stage));
    return { valid, errors };
}

function gatesToPass(valid: readonly StageGateConfig[], move: StageMove): StageGateConfig[] {
    const applying = valid.filter((gate) => applies(gate, move));
    if (move.objectApiName !== 'Opportunity') return applying;
    if (move.toStage === null) return [];
    const target = move.stages.find((option) => option.value === move.toStage);
    if (target !== undefined && target.closed && !target.won) return [];
    const to = stageIndex(move.stages, move.toStage);
    const from = move.fromStage === null ? -1 : stageIndex(move.stages, move.fromStage);
    if (move.fromStage !== null && to <= from) return [];
    return applying.filter((gate) => {
        const at = stageIndex(move.stages, gate.stage);
        return from < at && at <= to;
    });
}

function applies(
    gate: StageGateConfig,
    where: { objectApiName: string; framework: string | null },
): boolean {
    return (
        gate.objectApiName === where.objectApiName &&
        (isBlank(gate.framework) || gate.framework === where.framework)
    );
}

function checkGate(
    gate: StageGateConfig,
    evaluation: StageGateEvaluation,
    dimensions: readonly string[],
): StageGateResult {
    const criteria: StageGateCriterion[] = [];
    if (!isBlank(gate.minimumStatus)) {
        const actual = isBlank(evaluation.status) ? null : evaluation.status;
        criteria.push({
            kind: 'STATUS',
            required: gate.minimumStatus,
            actual,
            met: statusRank(actual) >= statusRank(gate.minimumStatus),
        });
    }
    if (gate.minimumScore !== null) {
        const actual = typeof evaluation.score === 'number' ? evaluation.score : null;
        criteria.push({
            kind: 'SCORE',
            required: gate.minimumScore,
            actual,
            met: actual !== null && actual >= gate.minimumScore,
        });
    }
    for (const requirement of parseRequirements(gate.requirements)) {
        if (!dimensions.includes(requirement.dimension)) continue;
        const raw = evaluation.answers[requirement.dimension];
        const actual = typeof raw === 'string' && !isBlank(raw) ? raw : null;
        criteria.push({
            kind: 'DIMENSION',
            dimension: requirement.dimension,
            required: requirement.rating,
            actual,
            met: ratingRank(actual) >= ratingRank(requirement.rating),
        });
    }
    return {
        name: gate.name,
        stage: gate.objectApiName === 'Opportunity' ? gate.stage : null,
        met: criteria.every((criterion) => criterion.met),
        criteria,
    };
}

/** The requirements of a valid gate, in the order written. */
export function parseRequirements(text: string | null): Requirement[] {
    const requirements: Requirement[] = [];
    for (const segment of requirementSegments(text)) {
        const pair = splitPair(segment);
        if (pair !== null) requirements.push(pair);
    }
    return requirements;
}

function requirementSegments(text: string | null): string[] {
    if (isBlank(text)) return [];
    return text
        .split(';')
        .map((segment) => segment.trim())
        .filter((segment) => segment !== '');
}

function splitPair(segment: string): Requirement | null {
    const parts = segment.split(':');
    if (parts.length !== 2) return null;
    const [dimension, rating] = parts.map((part) => part.trim());
    if (dimension === undefined || rating === undefined || dimension === '' || rating === '') {
        return null;
    }
    return { dimension, rating };
}

function stageIndex(stages: readonly StageOption[], stage: string | null): number {
    return stage === null ? -1 : stages.findIndex((option) => option.value === stage);
}

function statusRank(status: string | null): number {
    return status !== null && hasOwn(STATUS_RANKS, status) ? (STATUS_RANKS[status] ?? -1) : -1;
}

function ratingRank(rating: string | null): number {
    return rating !== null && hasOwn(RATING_RANKS, rating) ? (RATING_RANKS[rating] ?? 0) : 0;
}

function byName(a: StageGateConfig, b: StageGateConfig): number {
    if (a.name === b.name) return 0;
    return a.name < b.name ? -1 : 1;
}

function isBlank(value: string | null | undefined): value is null | undefined | '' {
    return value === null || value === undefined || value.trim() === '';
}

function written(value: unknown): string {
    if (value === null || value === undefined) return 'blank';
    if (typeof value === 'string') return value.trim() === '' ? 'blank' : value;
    return String(value);
}

function hasOwn(record: object, key: string): boolean {
    return Object.prototype.hasOwnProperty.call(record, key);
}
