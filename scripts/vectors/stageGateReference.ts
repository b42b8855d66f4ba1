/**
 * The reference evaluation of the stage-gate contract (docs/architecture.md, "Stage gates"), written
 * from the contract text and importing no engine code, so that the vectors it computes test both
 * engines (TS `decideStageMove`, Apex `QualificationStageGates`) rather than copy one of them.
 * It is deliberately plain: one pass per rule, named after the contract's numbered steps.
 */

export interface ReferenceGate {
    name: string;
    objectApiName: string | null;
    stage: string | null;
    framework: string | null;
    minimumStatus: string | null;
    minimumScore: number | null;
    requirements: string | null;
    active: boolean;
}

export interface ReferenceStage {
    value: string;
    closed: boolean;
    won: boolean;
}

export interface ReferenceMove {
    objectApiName: string;
    framework: string | null;
    fromStage: string | null;
    toStage: string | null;
}

export interface ReferenceEvaluation {
    status: string | null;
    score: number | null;
    answers: Record<string, string>;
}

export interface ReferenceCriterion {
    kind: 'STATUS' | 'SCORE' | 'DIMENSION';
    dimension?: string;
    required: string | number;
    actual: string | number | null;
    met: boolean;
}

export interface ReferenceDecision {
    allowed: boolean;
    gates: { name: string; stage: string | null; met: boolean; criteria: ReferenceCriterion[] }[];
    errors: string[];
}

/** Contract "Ranks": the order of the lists is the rank (an absent status ranks -1). */
const STATUS_ORDER = ['Disqualified', 'New', 'Working', 'Nurture', 'Qualified'];
/** Rating rank: its position here; anything absent ranks 0. */
const RATING_ORDER = ['(unassessed)', 'Not_Met', 'Partly_Met', 'Met'];
const REQUIRABLE_STATUSES = ['Working', 'Nurture', 'Qualified'];

const blank = (text: string | null | undefined): boolean =>
    text === null || text === undefined || /^\s*$/.test(text);

const shown = (value: string | number | null): string =>
    value === null || (typeof value === 'string' && blank(value)) ? 'blank' : String(value);

/** Contract C: segments at `;`, trimmed, empty skipped; a pair is exactly two non-blank parts at `:`. */
function segmentsOf(
    requirements: string | null,
): { text: string; key?: string; rating?: string }[] {
    if (requirements === null) return [];
    const segments: { text: string; key?: string; rating?: string }[] = [];
    for (const raw of requirements.split(';')) {
        const text = raw.trim();
        if (text.length === 0) continue;
        const parts = text.split(':').map((part) => part.trim());
        if (parts.length === 2 && parts[0] !== '' && parts[1] !== '') {
            segments.push({ text, key: parts[0], rating: parts[1] });
        } else {
            segments.push({ text });
        }
    }
    return segments;
}

/** Contract D, in its order. */
export function referenceGateErrors(
    gate: ReferenceGate,
    stages: readonly ReferenceStage[],
    frameworks: Readonly<Record<string, readonly string[]>>,
): string[] {
    const out: string[] = [];
    const prefix = `BB_Stage_Gate__mdt.${gate.name}: `;
    if (gate.objectApiName !== 'Lead' && gate.objectApiName !== 'Opportunity') {
        out.push(
            `${prefix}Object__c must be Lead or Opportunity (was ${shown(gate.objectApiName)})`,
        );
    } else if (gate.objectApiName === 'Opportunity' && blank(gate.stage)) {
        out.push(`${prefix}Stage__c must name the stage the gate guards (was blank)`);
    } else if (gate.objectApiName === 'Lead' && !blank(gate.stage)) {
        out.push(
            `${prefix}Stage__c must be blank: a Lead gate guards conversion (was ${shown(gate.stage)})`,
        );
    } else if (
        gate.objectApiName === 'Opportunity' &&
        stages.every((stage) => stage.value !== gate.stage)
    ) {
        out.push(
            `${prefix}Stage__c is not a value of the Opportunity StageName picklist (was ${shown(gate.stage)})`,
        );
    }
    const namedFramework = blank(gate.framework) ? null : (gate.framework as string);
    const frameworkKeys =
        namedFramework !== null && Object.keys(frameworks).includes(namedFramework)
            ? frameworks[namedFramework]
            : undefined;
    if (namedFramework !== null && frameworkKeys === undefined) {
        out.push(`${prefix}Framework__c names no known framework (was ${namedFramework})`);
    }
    if (!blank(gate.minimumStatus) && !REQUIRABLE_STATUSES.includes(gate.minimumStatus as string)) {
        out.push(
            `${prefix}Minimum_Status__c must be Working, Nurture or Qualified (was ${shown(gate.minimumStatus)})`,
        );
    }
    const score = gate.minimumScore;
    if (score !== null && (Math.floor(score) !== score || score < 0 || score > 100)) {
        out.push(`${prefix}Minimum_Score__c must be a whole number from 0 to 100 (was ${score})`);
    }
    const keysSoFar: string[] = [];
    for (const segment of segmentsOf(gate.requirements)) {
        const field = `${prefix}Dimension_Requirements__c`;
        if (segment.key === undefined || segment.rating === undefined) {
            out.push(`${field} has a malformed pair, expected Key:Rating (was ${segment.text})`);
            continue;
        }
        if (!['Not_Met', 'Partly_Met', 'Met'].includes(segment.rating)) {
            out.push(
                `${field} has an unknown rating, expected Not_Met, Partly_Met or Met (was ${segment.text})`,
            );
        } else if (keysSoFar.includes(segment.key)) {
            out.push(`${field} names ${segment.key} more than once (was ${segment.text})`);
        } else if (frameworkKeys !== undefined && !frameworkKeys.includes(segment.key)) {
            out.push(
                `${field} names ${segment.key}, which is not a dimension of ${namedFramework} (was ${segment.text})`,
            );
        }
        keysSoFar.push(segment.key);
    }
    if (blank(gate.minimumStatus) && score === null && blank(gate.requirements)) {
        out.push(
            `${prefix}Dimension_Requirements__c must name a requirement when Minimum_Status__c and Minimum_Score__c are blank: a gate needs a criterion (was blank)`,
        );
    }
    return out;
}

/** Contract "Which gates a save must pass", steps 1–5, and the decision shape. */
export function referenceDecision(
    gates: readonly ReferenceGate[],
    stages: readonly ReferenceStage[],
    frameworks: Readonly<Record<string, readonly string[]>>,
    move: ReferenceMove,
    evaluation: ReferenceEvaluation,
): ReferenceDecision {
    const byName = [...gates].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const errors: string[] = [];
    const enforceable: ReferenceGate[] = [];
    for (const gate of byName.filter((each) => each.active)) {
        const problems = referenceGateErrors(gate, stages, frameworks);
        errors.push(...problems);
        if (problems.length === 0) enforceable.push(gate);
    }
    const position = (stage: string | null): number =>
        stages.map((each) => each.value).indexOf(stage ?? '\u0000');
    const forRecord = enforceable.filter(
        (gate) =>
            gate.objectApiName === move.objectApiName &&
            (blank(gate.framework) || gate.framework === move.framework),
    );

    let toPass: ReferenceGate[];
    if (move.objectApiName === 'Lead') {
        toPass = forRecord;
    } else {
        const target = stages.find((each) => each.value === move.toStage);
        const to = position(move.toStage);
        const from = move.fromStage === null ? -1 : position(move.fromStage);
        if (move.toStage === null || (target?.closed === true && !target.won)) {
            toPass = []; // step 1 (and no target at all)
        } else if (move.fromStage !== null && to <= from) {
            toPass = []; // step 2
        } else {
            // Step 3: each stage after `from` up to `to`, its gates by name.
            toPass = [];
            for (let index = from + 1; index <= to; index++) {
                toPass.push(...forRecord.filter((gate) => position(gate.stage) === index));
            }
        }
    }

    const dimensions = (move.framework !== null && frameworks[move.framework]) || [];
    const decided = toPass.map((gate) => {
        const criteria: ReferenceCriterion[] = [];
        if (!blank(gate.minimumStatus)) {
            const actual = blank(evaluation.status) ? null : evaluation.status;
            criteria.push({
                kind: 'STATUS',
                required: gate.minimumStatus as string,
                actual,
                met:
                    STATUS_ORDER.indexOf(actual ?? '') >=
                    STATUS_ORDER.indexOf(gate.minimumStatus as string),
            });
        }
        if (gate.minimumScore !== null) {
            criteria.push({
                kind: 'SCORE',
                required: gate.minimumScore,
                actual: evaluation.score,
                met: evaluation.score !== null && evaluation.score >= gate.minimumScore,
            });
        }
        for (const segment of segmentsOf(gate.requirements)) {
            const key = segment.key as string;
            if (!dimensions.includes(key)) continue;
            const answer = evaluation.answers[key];
            const actual = answer === undefined || blank(answer) ? null : answer;
            const rank = (rating: string | null): number =>
                Math.max(0, RATING_ORDER.indexOf(rating ?? '(unassessed)'));
            criteria.push({
                kind: 'DIMENSION',
                dimension: key,
                required: segment.rating as string,
                actual,
                met: rank(actual) >= rank(segment.rating as string),
            });
        }
        return {
            name: gate.name,
            stage: move.objectApiName === 'Lead' ? null : gate.stage,
            met: criteria.every((criterion) => criterion.met),
            criteria,
        };
    });
    return { allowed: decided.every((gate) => gate.met), gates: decided, errors };
}
