/**
 * `QualificationRoundController.startRound` (force-app/board/classes): "Qualify again" on the board.
 * The shape is "Qualification rounds and the trend" in docs/architecture.md; keep both in step.
 */
declare module '@salesforce/apex/QualificationRoundController.startRound' {
    export type RoundStartOutcome =
        'started' | 'conflict' | 'noAccess' | 'notFound' | 'notSaved' | 'invalid';

    export interface RoundStart {
        outcome: RoundStartOutcome;
        /** Why it failed, in the user's language; null when started. */
        message: string | null;
        /** The new round; null when not started. */
        round: number | null;
        /** ISO time the round started; null when not started. */
        startedOn: string | null;
    }

    export interface StartRoundParams {
        recordId: string;
        reason: string;
        /** The record's lastModifiedDate as the board loaded it. */
        lastModifiedDate: string;
    }

    export default function startRound(params: StartRoundParams): Promise<RoundStart>;
}
