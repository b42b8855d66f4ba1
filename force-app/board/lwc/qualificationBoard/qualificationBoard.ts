import { LightningElement, api, wire } from 'lwc';
import { getRecord, notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getBoardConfig from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import type { BoardConfig } from '@salesforce/apex/QualificationBoardController.getBoardConfig';
import { flattenError } from 'c/qualificationErrors';
import type { FlatError } from 'c/qualificationErrors';
import { roundFieldsOf, roundStateOf } from 'c/qualificationRoundModel';
import type { RoundState } from 'c/qualificationRoundModel';
import { LABELS, formatLabel } from 'c/qualificationBoardLabels';
import type { AnswerChangeDetail, PanelDimension } from 'c/qualificationPanel';
import type { PendingInput } from 'c/qualificationDateInput';
import type { SummaryView } from 'c/qualificationSummary';
import type { TileSelectDetail, TileView } from 'c/qualificationTile';
import type { FrameworkChangeDetail } from 'c/qualificationFrameworkSwitch';
import {
    applyEdit,
    currentValue,
    FRAMEWORK_FIELD,
    fieldsToLoad,
    pageFrameworkChoice,
    panelDimension,
    previewEvaluation,
    storedValue,
    summaryView,
} from './boardModel';
import type { Draft, FieldValue } from './boardModel';
import { tileView } from './tileModel';
import { gateEvaluation } from './gateEvaluation';
import type { StageGateEvaluation } from 'c/qualificationEngine';
import { userDay } from './userDay';
import { rememberFields, rememberedFields, sameFields } from './fieldListCache';

type Layout = 'panels' | 'canvas' | 'interview';
const LAYOUTS: readonly Layout[] = ['panels', 'canvas', 'interview'];

/**
 * Performance marks of the board's own first render with data, apart from the page around it:
 * bench:ui reads the measure, and so can the browser's performance panel in an org.
 */
export const RENDER_START_MARK = 'beyond-bant:board:start';
export const RENDER_MEASURE = 'beyond-bant:board:first-render';
/** The moment the board first holds both the configuration and the record: its render starts there. */
export const DATA_MARK = 'beyond-bant:board:data';

interface PanelView {
    key: string;
    dimension: PanelDimension;
    value: string | null;
    evidence: string | null;
    structuredValue: string | number | null;
    /** Save errors on this dimension's fields, by field API name. */
    fieldErrors: Record<string, string>;
}

interface AnswerLine {
    key: string;
    label: string;
    rating: string;
    ratingValue: string;
}

interface CanvasItem {
    key: string;
    panel: PanelView;
    tile: TileView;
    editing: boolean;
    cellClass: string;
}

interface Memo<T> {
    key: readonly unknown[];
    value: T;
}

interface Problem {
    text: string;
    kind: string;
    canRetry: boolean;
    canReload: boolean;
}

/**
 * The qualification board on Lead and Opportunity record pages. It loads the framework with one
 * cacheable Apex call and the record with one getRecord, keeps the rep's edits in a draft that the
 * shared engine previews on every change, and saves only the changed fields in one updateRecord
 * guarded by the version the rep started from.
 */
export default class QualificationBoard extends LightningElement {
    @api recordId?: string;
    @api objectApiName?: string;
    /** Design attribute: the framework for this page when the record names none. */
    @api frameworkName?: string;
    /** Design attribute: panels, canvas or interview. */
    @api layout: string = 'panels';

    labels = LABELS;
    config?: BoardConfig;
    configError?: FlatError;
    record?: RecordRepresentation;
    recordError?: FlatError;
    draft: Draft = {};
    saving = false;
    saveError?: FlatError;
    /**
     * Field API name → what the rep typed that cannot be stored (a partial or impossible date, notes
     * over the limit, no number). It never enters the draft; Save refuses and names it until it is fixed.
     */
    pending: Record<string, PendingInput> = {};
    /** The rep tried to save with pending input: the board and every field show the problems. */
    revealInputErrors = false;
    /** The interview step the rep moved to; before that, the step the board opened at. */
    stepChosen?: number;
    /** The canvas tile being edited in place, by dimension key. */
    editingKey?: string;
    /**
     * Set once the configuration names the fields (getRecord waits until then), or at once from the
     * list this object's page loaded last (c/qualificationBoard/fieldListCache).
     */
    optionalFields?: string[];

    /**
     * The record version the draft was based on: the save is guarded by it, so a record that LDS
     * refreshed underneath the draft (someone else saved) is a conflict, not a silent overwrite.
     */
    private draftBaseVersion?: string;
    /** The version this board's last save produced, in case LDS has not delivered it yet. */
    private lastSavedVersion?: string;
    /** Set by Reload: the rep chose to save on top of the latest version. */
    private rebaseOnNextRecord = false;
    /** What takes keyboard focus after the next render: the problem, the editor, or a tile by key. */
    private focusAfterRender?: 'problem' | 'panel' | 'result' | 'summary' | { tile: string };
    private renderMeasured = false;
    /**
     * The page framework the configuration is requested with after a framework switch. A stored
     * framework wins over the page's, so it changes nothing but the client cache's key for the
     * cacheable getBoardConfig: the switched-to name, or null when that is the page's own (whose
     * key the first load used while another framework was stored), never a key that answered for
     * another stored framework.
     */
    private configKey?: string | null;
    private dataMarked = false;
    /**
     * Derived views, kept in a plain object whose properties LWC does not observe: filling them
     * while rendering must not count as a state change.
     */
    private readonly memo: {
        panelViews?: Memo<PanelView[]>;
        tiles?: Memo<TileView[]>;
        summary?: Memo<SummaryView>;
        gateEvaluation?: Memo<StageGateEvaluation>;
        /** The interview opens where exploring should go on, fixed once so answering does not move it. */
        openingStep?: number;
    } = {};

    private readonly warnBeforeLeaving = (event: BeforeUnloadEvent): void => {
        if (this.hasChanges) {
            event.preventDefault();
            // Older browsers show the prompt only when returnValue is set.
            event.returnValue = '';
        }
    };

    override connectedCallback(): void {
        markPerformance(RENDER_START_MARK);
        window.addEventListener('beforeunload', this.warnBeforeLeaving);
        // The fields this object's page loaded last: the record is requested with the configuration.
        this.optionalFields = rememberedFields(this.objectApiName, this.frameworkName);
        this.loadConfig();
        prepareUserDay();
    }

    override disconnectedCallback(): void {
        window.removeEventListener('beforeunload', this.warnBeforeLeaving);
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$optionalFields' })
    wiredRecord({ data, error }: WireResult<RecordRepresentation>): void {
        if (data) {
            this.record = data;
            this.recordError = undefined;
            this.markDataOnce();
            if (this.rebaseOnNextRecord) {
                this.rebaseOnNextRecord = false;
                this.draftBaseVersion = this.hasDraft ? this.currentVersion : undefined;
            }
        } else if (error) {
            this.recordError = flattenError(error);
        }
    }

    async loadConfig(): Promise<void> {
        this.configError = undefined;
        try {
            const config = await getBoardConfig({
                recordId: this.recordId ?? '',
                pageFramework:
                    this.configKey === undefined ? (this.frameworkName ?? null) : this.configKey,
            });
            const fields = [...fieldsToLoad(config), ...roundFieldsOf(config.objectApiName)];
            if (!sameFields(this.optionalFields, fields)) {
                // A remembered list that no longer fits: wait for the record with the right fields.
                this.record = undefined;
                this.optionalFields = fields;
                rememberFields(this.objectApiName, this.frameworkName, fields);
            }
            this.config = config;
            this.markDataOnce();
        } catch (error) {
            this.configError = flattenError(error);
        }
    }

    private markDataOnce(): void {
        if (!this.dataMarked && this.config && this.record) {
            this.dataMarked = true;
            markPerformance(DATA_MARK);
        }
    }

    // ---- state the template reads ----

    get loading(): boolean {
        return !this.configError && !this.recordError && (!this.config || !this.record);
    }

    get ready(): boolean {
        return Boolean(this.config && this.record) && !this.noAccess;
    }

    /** Unsaved work: a draft, or input the rep typed that cannot be stored yet. */
    get hasChanges(): boolean {
        return this.hasDraft || this.hasPending;
    }

    get hasDraft(): boolean {
        return Object.keys(this.draft).length > 0;
    }

    get hasPending(): boolean {
        return Object.keys(this.pending).length > 0;
    }

    /** The user's day, for a decision date that has passed. */
    get today(): string {
        return userDay();
    }

    /** The record's qualification round and what the previous round said (c/qualificationRoundModel). */
    get round(): RoundState {
        return roundStateOf(this.record?.fields);
    }

    /** A round starts only on the version the rep sees, as a save does. */
    get roundVersion(): string | null {
        return this.currentVersion ?? null;
    }

    /** A round resets the ratings: only a user who may change them is offered one. */
    get canStartRound(): boolean {
        return (
            this.config?.framework.dimensions.some((dimension) => dimension.ratingEditable) ?? false
        );
    }

    /** A new round is walked from its first dimension in the interview. */
    handleRoundStarted(): void {
        this.stepChosen = 0;
    }

    get effectiveLayout(): Layout {
        return (LAYOUTS as readonly string[]).includes(this.layout)
            ? (this.layout as Layout)
            : 'panels';
    }

    get isInterview(): boolean {
        return this.effectiveLayout === 'interview';
    }

    get isCanvas(): boolean {
        return this.effectiveLayout === 'canvas';
    }

    get layoutClass(): string {
        return `board__layout board__layout_${this.effectiveLayout}`;
    }

    get frameworkText(): string {
        return this.config ? formatLabel(LABELS.Framework, this.config.framework.label) : '';
    }

    /** Without read access to any rating the board has nothing to show: the permission set is missing. */
    get noAccess(): boolean {
        if (this.configError?.kind === 'access' || this.recordError?.kind === 'access') {
            return true;
        }
        return (
            Boolean(this.config && this.record) &&
            this.panelViews.every((panel) => !panel.dimension.ratingReadable)
        );
    }

    /** Only users who may write the framework now (none stored yet, or the permission) may switch it. */
    get frameworkSwitchShown(): boolean {
        return this.ready && this.config?.frameworkEditable === true;
    }

    /** A framework the switch put into the draft whose save has not gone through. */
    get pendingFramework(): string | null {
        const name = this.draft[FRAMEWORK_FIELD];
        return typeof name === 'string' ? name : null;
    }

    get saveDisabled(): boolean {
        return !this.hasChanges || this.saving;
    }

    get discardDisabled(): boolean {
        return !this.hasChanges || this.saving;
    }

    get saveLabel(): string {
        return this.saving ? LABELS.Saving : LABELS.Save;
    }

    /**
     * Read many times per render (template, problem, steps), so built once per change of what it
     * depends on; unchanged objects also spare every panel a re-render.
     */
    get panelViews(): PanelView[] {
        const key = [this.config, this.record, this.draft, this.saveError] as const;
        if (!this.memo.panelViews || !sameInputs(this.memo.panelViews.key, key)) {
            this.memo.panelViews = { key, value: this.buildPanelViews() };
        }
        return this.memo.panelViews.value;
    }

    private buildPanelViews(): PanelView[] {
        const config = this.config;
        if (!config) {
            return [];
        }
        const fieldErrors = this.saveError?.fieldErrors ?? {};
        return config.framework.dimensions.map((dimension) => {
            const view = panelDimension(dimension, this.record);
            const errors: Record<string, string> = {};
            for (const field of [view.ratingField, view.evidenceField, view.valueField]) {
                const message = field ? fieldErrors[field] : undefined;
                if (field && message) {
                    errors[field] = message;
                }
            }
            return {
                key: view.key,
                dimension: view,
                value: this.textOf(currentValue(this.record, this.draft, view.ratingField)),
                evidence: this.textOf(currentValue(this.record, this.draft, view.evidenceField)),
                structuredValue: view.valueField
                    ? this.structuredOf(currentValue(this.record, this.draft, view.valueField))
                    : null,
                fieldErrors: errors,
            };
        });
    }

    /**
     * Tiles are rebuilt only when the panels are, and a tile whose content did not change keeps its
     * object, so an edit re-renders the one tile it changed, not all eleven.
     */
    get tiles(): TileView[] {
        const panels = this.panelViews;
        const key = [panels] as const;
        if (!this.memo.tiles || !sameInputs(this.memo.tiles.key, key)) {
            const scale = this.config?.ratingScale ?? [];
            const previous = this.memo.tiles?.value ?? [];
            const held = this.heldByValue();
            this.memo.tiles = {
                key,
                value: panels.map((panel, index) => {
                    const tile = tileView(panel, index + 1, scale, held.has(panel.key));
                    const before = previous[index];
                    return before && sameTile(before, tile) ? before : tile;
                }),
            };
        }
        return this.memo.tiles.value;
    }

    /** The canvas in conversation order; the tile being edited shows its panel in place. */
    get canvasItems(): CanvasItem[] {
        const tiles = this.tiles;
        return this.panelViews.map((panel, index) => {
            const editing = panel.key === this.editingKey;
            return {
                key: panel.key,
                panel,
                tile: tiles[index] as TileView,
                editing,
                cellClass: editing ? 'board__cell board__cell_editing' : 'board__cell',
            };
        });
    }

    /**
     * The interview's step: one per dimension, then the result. It opens at the dimension to explore
     * next (the first when every one is explored), also after a page reload.
     */
    get step(): number {
        if (this.stepChosen !== undefined) {
            return Math.min(this.stepChosen, this.panelViews.length);
        }
        const summary = this.summary;
        if (this.memo.openingStep === undefined && summary) {
            const next = summary.nextDimensionKey;
            const index = this.panelViews.findIndex((panel) => panel.key === next);
            this.memo.openingStep = Math.max(index, 0);
        }
        return this.memo.openingStep ?? 0;
    }

    get currentPanel(): PanelView | undefined {
        return this.panelViews[this.step];
    }

    get isResultStep(): boolean {
        return this.panelViews.length > 0 && this.step >= this.panelViews.length;
    }

    get stepText(): string {
        const count = this.panelViews.length;
        if (this.isResultStep) {
            return LABELS.Interview_Result;
        }
        const position = formatLabel(LABELS.Step, Math.min(this.step, count - 1) + 1, count);
        const panel = this.currentPanel;
        return panel ? `${position}: ${panel.dimension.label}` : position;
    }

    /** At the result its heading says where the rep is; the step line is still announced. */
    get stepClass(): string {
        return this.isResultStep
            ? 'slds-assistive-text board__step'
            : 'slds-text-title board__step';
    }

    /** How far through the interview the rep is; the step text says the same in words. */
    get stepProgressStyle(): string {
        const count = this.panelViews.length;
        const done = count > 0 ? Math.min(this.step + 1, count) / count : 0;
        return `width: ${Math.round(done * 100)}%`;
    }

    get isFirstStep(): boolean {
        return this.step <= 0;
    }

    get isLastStep(): boolean {
        return this.isResultStep;
    }

    /** On the last dimension, Next leads to the result. */
    get nextLabel(): string {
        return this.step === this.panelViews.length - 1 ? LABELS.Interview_To_Result : LABELS.Next;
    }

    /** Score and status beside the interview's buttons, so a phone shows the effect of each answer. */
    get liveResult(): string {
        const summary = this.summary;
        if (!summary) {
            return '';
        }
        return formatLabel(LABELS.Live_Result, summary.score ?? '–', summary.statusLabel);
    }

    get liveStatus(): string {
        return this.summary?.status ?? '';
    }

    /** The interview's result: every dimension with its rating as the rep left it. */
    get answerLines(): AnswerLine[] {
        const labels = new Map(
            (this.config?.ratingScale ?? []).map((option) => [option.value, option.label]),
        );
        return this.panelViews
            .filter((panel) => panel.dimension.ratingReadable)
            .map((panel) => {
                const value = panel.value || 'Not_Explored';
                return {
                    key: panel.key,
                    label: panel.dimension.label,
                    rating: labels.get(value) ?? value,
                    ratingValue: value,
                };
            });
    }

    /** The stage-gate checklist's input, computed once per change of configuration, record or draft. */
    get gateEvaluation(): StageGateEvaluation | undefined {
        const { config, record, draft } = this;
        // Without an active gate there is no checklist: no second engine run per change.
        if (!config || !record || (config.stageGates ?? []).length === 0) {
            return undefined;
        }
        const key = [config, record, draft] as const;
        if (!this.memo.gateEvaluation || !sameInputs(this.memo.gateEvaluation.key, key)) {
            this.memo.gateEvaluation = { key, value: gateEvaluation(config, record, draft) };
        }
        return this.memo.gateEvaluation.value;
    }

    /** The engine runs once per change of configuration, record or draft, not once per render. */
    get summary(): SummaryView | undefined {
        const { config, record, draft } = this;
        if (!config || !record) {
            return undefined;
        }
        const key = [config, record, draft] as const;
        if (!this.memo.summary || !sameInputs(this.memo.summary.key, key)) {
            this.memo.summary = { key, value: summaryView(config, record, draft) };
        }
        return this.memo.summary.value;
    }

    /** One message at the top: why the board cannot load, or why the save failed. */
    get problem(): Problem | undefined {
        if (this.noAccess) {
            return { text: LABELS.No_Access, kind: 'access', canRetry: false, canReload: false };
        }
        const loadError = this.configError ?? this.recordError;
        if (loadError) {
            const text =
                loadError.kind === 'network'
                    ? LABELS.Error_Network
                    : formatLabel(LABELS.Error_Config, loadError.message);
            return { text, kind: loadError.kind, canRetry: false, canReload: true };
        }
        if (this.revealInputErrors && this.hasPending) {
            return {
                text: formatLabel(LABELS.Error_Input, this.pendingProblems().join(' ')),
                kind: 'input',
                canRetry: false,
                canReload: false,
            };
        }
        const saveError = this.saveError;
        if (!saveError) {
            return undefined;
        }
        switch (saveError.kind) {
            // Retrying against the version that conflicted fails again: reload, then save on top.
            case 'conflict':
                return {
                    text: LABELS.Error_Conflict,
                    kind: 'conflict',
                    canRetry: false,
                    canReload: true,
                };
            case 'validation':
                return {
                    text: this.withDetail(LABELS.Error_Validation, saveError),
                    kind: 'validation',
                    canRetry: true,
                    canReload: false,
                };
            case 'access':
                return {
                    text: LABELS.Error_Access,
                    kind: 'access',
                    canRetry: false,
                    canReload: true,
                };
            case 'network':
                return {
                    text: LABELS.Error_Network,
                    kind: 'network',
                    canRetry: true,
                    canReload: false,
                };
            default:
                return {
                    text: formatLabel(LABELS.Error_Unknown, saveError.message),
                    kind: 'unknown',
                    canRetry: true,
                    canReload: true,
                };
        }
    }

    // ---- user actions ----

    handleAnswerChange(event: CustomEvent<AnswerChangeDetail>): void {
        const { field, value, pending } = event.detail;
        const wasClean = !this.hasDraft;
        if (pending) {
            // Nothing of it reaches the draft: the field keeps its stored value until the text is a value.
            this.pending = { ...this.pending, [field]: pending };
            this.draft = applyEdit(this.record, this.draft, field, storedValue(this.record, field));
        } else {
            if (Object.prototype.hasOwnProperty.call(this.pending, field)) {
                const rest = { ...this.pending };
                delete rest[field];
                this.pending = rest;
                this.revealInputErrors = this.revealInputErrors && this.hasPending;
            }
            this.draft = applyEdit(this.record, this.draft, field, value);
        }
        this.clearSaveErrorOf(field);
        if (!this.hasDraft) {
            this.draftBaseVersion = undefined;
        } else if (wasClean) {
            this.draftBaseVersion = this.currentVersion;
        }
    }

    async handleSave(): Promise<void> {
        if (!this.recordId || !this.hasChanges || this.saving) {
            return;
        }
        if (this.hasPending) {
            // Saving the rest would store a record the rep did not finish: nothing is sent.
            this.revealInputErrors = true;
            this.focusAfterRender = 'problem';
            return;
        }
        const sent = this.draft;
        const fields: Record<string, FieldValue> & { Id: string } = {
            Id: this.recordId,
            ...pageFrameworkChoice(this.config),
            ...sent,
        };
        this.saving = true;
        this.saveError = undefined;
        this.rebaseOnNextRecord = false;
        try {
            const saved = await updateRecord(
                { fields },
                { ifUnmodifiedSince: this.draftBaseVersion ?? this.currentVersion },
            );
            this.lastSavedVersion = saved?.lastModifiedDate ?? this.lastSavedVersion;
            this.draft = withoutSaved(this.draft, sent);
            const switched = sent[FRAMEWORK_FIELD];
            if (typeof switched === 'string') {
                // The new framework's panels: its configuration, then the record with its fields.
                this.configKey = switched === (this.frameworkName ?? null) ? null : switched;
                this.loadConfig();
            }
            this.draftBaseVersion = this.hasDraft ? this.currentVersion : undefined;
            this.dispatchEvent(new ShowToastEvent({ title: LABELS.Saved, variant: 'success' }));
            // The pressed Save is disabled now: focus stays in the board, on the result just saved.
            this.focusAfterRender = this.isInterview && this.isResultStep ? 'result' : 'summary';
        } catch (error) {
            this.saveError = flattenError(error, LABELS.Error_Network);
            // The Save button was disabled while saving, which dropped keyboard focus.
            this.focusAfterRender = 'problem';
        } finally {
            this.saving = false;
        }
    }

    /** The framework switch saves the framework with the draft, through the ordinary save. */
    async handleFrameworkChange(event: CustomEvent<FrameworkChangeDetail>): Promise<void> {
        this.handleAnswerChange(
            new CustomEvent('answerchange', {
                detail: { key: FRAMEWORK_FIELD, field: FRAMEWORK_FIELD, value: event.detail.name },
            }),
        );
        await this.handleSave();
    }

    /** Keeping the current framework after a failed switch leaves the rest of the draft as it was. */
    handleFrameworkCancel(): void {
        this.handleAnswerChange(
            new CustomEvent('answerchange', {
                detail: {
                    key: FRAMEWORK_FIELD,
                    field: FRAMEWORK_FIELD,
                    value: storedValue(this.record, FRAMEWORK_FIELD) as string | null,
                },
            }),
        );
    }

    handleDiscard(): void {
        this.draft = {};
        this.pending = {};
        this.revealInputErrors = false;
        this.saveError = undefined;
    }

    /** Loads the latest record (and the configuration if that failed); the draft stays, to be saved on top. */
    async handleReload(): Promise<void> {
        this.saveError = undefined;
        if (this.configError) {
            await this.loadConfig();
            return;
        }
        this.recordError = undefined;
        if (this.recordId) {
            this.rebaseOnNextRecord = true;
            await notifyRecordUpdateAvailable([{ recordId: this.recordId }]);
            // LDS may already hold the latest version, and then delivers nothing new.
            if (this.hasDraft) {
                this.draftBaseVersion = this.currentVersion;
            }
        }
    }

    /**
     * Each step starts at its rating, so the interview runs on the keyboard alone: choose with the
     * arrow keys, Tab on to the notes and Next. It also keeps focus when Next becomes disabled.
     */
    handlePrevious(): void {
        this.stepChosen = Math.max(0, this.step - 1);
        this.focusAfterRender = 'panel';
    }

    handleNext(): void {
        this.stepChosen = Math.min(this.panelViews.length, this.step + 1);
        this.focusAfterRender = this.isResultStep ? 'result' : 'panel';
    }

    /** A canvas tile opens its dimension for editing in place, focused on its rating. */
    handleTileSelect(event: CustomEvent<TileSelectDetail>): void {
        this.editingKey = event.detail.key;
        this.focusAfterRender = 'panel';
    }

    /** Closing the editor returns focus to the tile it replaced, so the rep keeps their place. */
    handleEditorClose(): void {
        const key = this.editingKey;
        this.editingKey = undefined;
        if (key) {
            this.focusAfterRender = { tile: key };
        }
    }

    override renderedCallback(): void {
        if (!this.renderMeasured && this.ready) {
            // Children render before their parent's renderedCallback: the board is complete here.
            this.renderMeasured = true;
            measurePerformance(RENDER_MEASURE, RENDER_START_MARK);
        }
        const target = this.focusAfterRender;
        if (!target) {
            return;
        }
        this.focusAfterRender = undefined;
        const root = this.template;
        if (target === 'problem') {
            root?.querySelector<HTMLElement>('.board__problem')?.focus();
        } else if (target === 'summary') {
            root?.querySelector<HTMLElement>('.board__summary')?.focus();
        } else if (target === 'result') {
            root?.querySelector<HTMLElement>('.board__result-heading')?.focus();
        } else if (target === 'panel') {
            root?.querySelector<HTMLElement & { focus(): void }>('c-qualification-panel')?.focus();
        } else {
            root?.querySelector<HTMLElement>(
                `.board__cell[data-key="${target.tile}"] c-qualification-tile`,
            )?.focus();
        }
    }

    private get lastModifiedDate(): string | undefined {
        const fromField = storedValue(this.record, 'LastModifiedDate');
        return (
            this.record?.lastModifiedDate ?? (typeof fromField === 'string' ? fromField : undefined)
        );
    }

    /** The newest version known: the record's, or that of this board's own save if LDS lags. */
    private get currentVersion(): string | undefined {
        const loaded = this.lastModifiedDate;
        const saved = this.lastSavedVersion;
        if (!loaded || !saved) {
            return loaded ?? saved;
        }
        return Date.parse(saved) > Date.parse(loaded) ? saved : loaded;
    }

    /**
     * The platform's own words follow ours when they say more than which fields are at fault, and
     * so do errors on fields no panel shows (a validation rule on another field), or they would
     * appear nowhere.
     */
    private withDetail(text: string, error: FlatError): string {
        const shown = new Set(this.panelViews.flatMap((panel) => Object.keys(panel.fieldErrors)));
        const fieldMessages = Object.values(error.fieldErrors);
        const unshown = Object.entries(error.fieldErrors)
            .filter(([field]) => !shown.has(field))
            .map(([, message]) => message);
        const details = [
            ...(error.message && !fieldMessages.includes(error.message) ? [error.message] : []),
            ...unshown,
        ];
        return [text, ...new Set(details)].join(' ');
    }

    /**
     * A field the rep changes after a failed save no longer carries that save's message: the error
     * would otherwise stay beside a corrected value. A validation failure with nothing left is gone.
     */
    private clearSaveErrorOf(field: string): void {
        const saveError = this.saveError;
        if (!saveError || !Object.prototype.hasOwnProperty.call(saveError.fieldErrors, field)) {
            return;
        }
        const fieldErrors = { ...saveError.fieldErrors };
        delete fieldErrors[field];
        this.saveError =
            saveError.kind === 'validation' && Object.keys(fieldErrors).length === 0
                ? undefined
                : { ...saveError, fieldErrors };
    }

    /**
     * Dimensions whose value holds the record back: a date beyond its horizon. The engine's preview
     * of the same inputs as the summary's, so no second evaluation.
     */
    private heldByValue(): Set<string> {
        const { config, record, draft } = this;
        if (!config || !record) {
            return new Set();
        }
        return new Set(
            previewEvaluation(config, record, draft)
                .reasons.filter((reason) => reason.code === 'BEYOND_HORIZON')
                .map((reason) => reason.dimension),
        );
    }

    /** Each pending input as 'field: problem', named as the rep sees the field. */
    private pendingProblems(): string[] {
        const names = new Map<string, string>();
        for (const panel of this.panelViews) {
            const dimension = panel.dimension;
            names.set(dimension.evidenceField, formatLabel(LABELS.Evidence_Of, dimension.label));
            if (dimension.valueField) {
                names.set(dimension.valueField, dimension.valueLabel ?? dimension.valueField);
            }
        }
        return Object.entries(this.pending).map(
            ([field, input]) => `${names.get(field) ?? field}: ${input.message}`,
        );
    }

    private textOf(value: FieldValue): string | null {
        return value === null ? null : String(value);
    }

    private structuredOf(value: FieldValue): string | number | null {
        return typeof value === 'boolean' ? String(value) : value;
    }
}

/**
 * The first Intl formatter with a time zone loads the zone's data, the largest single cost of the
 * first render (bench:ui's cold profile): built while the data is on its way, it is cached for the
 * render. A zone Intl refuses fails the render as before, where the board reports it.
 */
function prepareUserDay(): void {
    try {
        userDay();
    } catch {
        // Reported by the render that needs the day.
    }
}

/** Performance timing is a browser API; the board works the same where it is missing. */
function markPerformance(name: string): void {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
        performance.mark(name);
    }
}

function measurePerformance(name: string, start: string): void {
    if (typeof performance !== 'undefined' && typeof performance.measure === 'function') {
        performance.measure(name, start);
    }
}

function sameTile(a: TileView, b: TileView): boolean {
    return (Object.keys(b) as Array<keyof TileView>).every((field) => a[field] === b[field]);
}

function sameInputs(previous: readonly unknown[], next: readonly unknown[]): boolean {
    return (
        previous.length === next.length && previous.every((value, index) => value === next[index])
    );
}

/** The draft minus what was just saved; anything edited meanwhile stays. */
function withoutSaved(draft: Draft, sent: Draft): Draft {
    return Object.fromEntries(
        Object.entries(draft).filter(
            ([field, value]) =>
                !Object.prototype.hasOwnProperty.call(sent, field) || sent[field] !== value,
        ),
    );
}
