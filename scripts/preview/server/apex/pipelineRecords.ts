/**
 * The pipeline view's synthetic records in the preview: 2,400 open Opportunities and 600 open Leads of
 * eight owners in a manager hierarchy, drawn from a seeded PRNG so every run (and every screenshot) shows
 * the same pipeline. The preview user (`005000000000001AAA`) manages four of the owners and owns deals too.
 */
import type { CatalogFramework } from '../../../lib/catalog';

export const PREVIEW_USER_ID = '005000000000001AAA';
const OTHER_MANAGER_ID = '005000000000002AAA';

export interface PipelineOwner {
    readonly id: string;
    readonly name: string;
    readonly managerId: string | null;
}

export const PIPELINE_OWNERS: readonly PipelineOwner[] = [
    { id: PREVIEW_USER_ID, name: 'Morgan Miller', managerId: null },
    { id: '005000000000011AAA', name: 'Ada Lindqvist', managerId: PREVIEW_USER_ID },
    { id: '005000000000012AAA', name: 'Bruno Keller', managerId: PREVIEW_USER_ID },
    { id: '005000000000013AAA', name: 'Chiara Rossi', managerId: PREVIEW_USER_ID },
    { id: '005000000000014AAA', name: 'Deniz Aydın', managerId: PREVIEW_USER_ID },
    { id: OTHER_MANAGER_ID, name: 'Elena Petrova', managerId: null },
    { id: '005000000000021AAA', name: 'Farid Haddad', managerId: OTHER_MANAGER_ID },
    { id: '005000000000022AAA', name: 'Grace Okafor', managerId: OTHER_MANAGER_ID },
];

export interface PipelineRecord {
    readonly id: string;
    readonly objectApiName: 'Lead' | 'Opportunity';
    readonly name: string;
    readonly ownerId: string;
    readonly fields: Readonly<Record<string, string | number | null>>;
}

/** mulberry32: a small, well-known seeded PRNG; the same seed gives the same pipeline. */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const COMPANIES = [
    'Acme',
    'Globex',
    'Initech',
    'Umbrella',
    'Hooli',
    'Stark',
    'Wayne',
    'Tyrell',
    'Cyberdyne',
    'Soylent',
    'Vandelay',
    'Wonka',
];
const DEALS = [
    'CRM rollout',
    'Data platform',
    'Renewal',
    'Expansion',
    'Pilot',
    'Migration',
    'Security review',
    'Analytics',
];
/** Weighted so the gaps differ by dimension: the later a dimension, the more often it is unexplored. */
const RATINGS = ['Met', 'Partly_Met', 'Not_Met', 'Blocker', 'Not_Explored', null] as const;
const STATUSES = ['New', 'Working', 'Nurture', 'Qualified', 'Disqualified'];
export const LEAD_STATUSES = ['Open - Not Contacted', 'Working - Contacted'];
const RANK: Readonly<Record<string, number>> = { Blocker: 0, Not_Met: 1, Partly_Met: 3, Met: 4 };

function pick<T>(random: () => number, values: readonly T[]): T {
    return values[Math.floor(random() * values.length)] as T;
}

function ratingFor(random: () => number, position: number): string | null {
    const unexplored = Math.min(0.6, 0.1 + position * 0.05);
    const roll = random();
    if (roll < unexplored) return random() < 0.5 ? 'Not_Explored' : null;
    return pick(random, RATINGS.slice(0, 4)) ?? null;
}

/** Builds the records of one object; Opportunity stages are the open ones in picklist order. */
export function pipelineRecords(
    objectApiName: 'Lead' | 'Opportunity',
    frameworks: readonly CatalogFramework[],
    openStages: readonly string[],
    count: number,
    seed = 20261206,
): PipelineRecord[] {
    const random = seededRandom(seed + (objectApiName === 'Lead' ? 1 : 0));
    const applicable = frameworks.filter((framework) =>
        framework.applicableObjects.includes(objectApiName),
    );
    const records: PipelineRecord[] = [];
    for (let i = 0; i < count; i++) {
        const framework = pick(random, applicable);
        const stored =
            framework.defaultFor.includes(objectApiName) && random() < 0.3 ? null : framework.name;
        const fields: Record<string, string | number | null> = {
            BB_Qualification_Framework__c: stored,
            BB_Qualification_Status__c: pick(random, STATUSES),
            BB_Qualification_Score__c: Math.floor(random() * 101),
            BB_Qualification_Completeness__c: Math.floor(random() * 101),
        };
        let weakest: string | null = null;
        let weakestRank = 5;
        framework.dimensions.forEach((dimension, position) => {
            const rating = ratingFor(random, position);
            fields[dimension.ratingField] = rating;
            const rank = rating === null ? 5 : (RANK[rating] ?? 5);
            if (rank < weakestRank) {
                weakestRank = rank;
                weakest = dimension.key;
            }
        });
        fields.BB_Weakest_Dimension__c = weakest;
        const stageIndex = Math.floor(random() * Math.max(1, openStages.length));
        if (objectApiName === 'Opportunity') {
            fields.StageName = openStages[stageIndex] ?? null;
            fields.Amount = random() < 0.08 ? null : Math.round(random() * 400) * 500;
            const day = new Date(Date.UTC(2027, 0, 1) + Math.floor(random() * 365) * 86400000);
            fields.CloseDate = day.toISOString().slice(0, 10);
            const gate = openStages.find(
                (stage, index) => index > stageIndex && /Proposal|Negotiation/.test(stage),
            );
            fields.BB_Next_Gate__c = gate ?? null;
            fields.BB_Next_Gate_Status__c =
                gate === undefined ? null : random() < 0.5 ? 'Ready' : 'Blocked';
        } else {
            fields.Status = pick(random, LEAD_STATUSES);
            fields.BB_Next_Gate__c = null;
            fields.BB_Next_Gate_Status__c = null;
        }
        const prefix = objectApiName === 'Opportunity' ? '006' : '00Q';
        records.push({
            id: `${prefix}PL${String(i).padStart(10, '0')}AAA`,
            objectApiName,
            name: `${pick(random, COMPANIES)} – ${pick(random, DEALS)} ${i + 1}`,
            ownerId: pick(random, PIPELINE_OWNERS).id,
            fields,
        });
    }
    return records;
}
