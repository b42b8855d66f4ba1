/**
 * The preview toolbar's "Simulate" panel (not part of the record page): arms platform conditions on the
 * preview server. Hiding a dimension reloads the page, as field-level security applies at page load.
 */
interface SimulationState {
    failNextSave: boolean;
    rejectNextSave: boolean;
    hiddenDimension: string | null;
}

const previewGlobals = (window as unknown as { __BB_PREVIEW__: { recordId: string } })
    .__BB_PREVIEW__;

async function postSimulation(change: Record<string, unknown>): Promise<SimulationState> {
    const response = await fetch('/api/simulation', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(change),
    });
    const body = (await response.json()) as SimulationState & { message?: string };
    if (!response.ok) throw new Error(body.message ?? `simulation failed (${response.status})`);
    return body;
}

function showState(state: SimulationState, note = ''): void {
    const region = document.querySelector('[data-region="simulation-state"]');
    const armed = [
        state.failNextSave ? 'next save fails (network)' : '',
        state.rejectNextSave ? 'next save fails validation' : '',
        state.hiddenDimension !== null ? `${state.hiddenDimension} hidden` : '',
    ].filter((item) => item !== '');
    if (region !== null)
        region.textContent = [
            note,
            armed.length > 0 ? `Armed: ${armed.join(', ')}` : 'Nothing armed',
        ]
            .filter(Boolean)
            .join(' · ');
    const select = document.querySelector<HTMLSelectElement>(
        'select[data-simulate="hiddenDimension"]',
    );
    if (select !== null) select.value = state.hiddenDimension ?? '';
}

async function start(): Promise<void> {
    const response = await fetch('/api/simulation');
    showState((await response.json()) as SimulationState);
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-simulate]')) {
        button.addEventListener('click', () => {
            const setting = button.dataset.simulate ?? '';
            const change =
                setting === 'someoneElseEdits'
                    ? { someoneElseEdits: previewGlobals.recordId }
                    : { [setting]: true };
            postSimulation(change).then(
                (state) =>
                    showState(
                        state,
                        setting === 'someoneElseEdits' ? 'A colleague just saved this record' : '',
                    ),
                (error: Error) =>
                    showState(
                        { failNextSave: false, rejectNextSave: false, hiddenDimension: null },
                        error.message,
                    ),
            );
        });
    }
    const select = document.querySelector<HTMLSelectElement>(
        'select[data-simulate="hiddenDimension"]',
    );
    select?.addEventListener('change', () => {
        void postSimulation({ hiddenDimension: select.value === '' ? null : select.value }).then(
            () => window.location.reload(),
        );
    });
}

if (document.querySelector('[data-region="simulate"]') !== null) {
    void start();
    void startStageGates();
}

interface StageGateSettings {
    activeGates: string[];
    persona: 'rep' | 'manager';
}

/** Stage gates: which shipped gates are active (as an admin deploys Active__c) and who saves; reloads, as the board's config is cached. */
async function startStageGates(): Promise<void> {
    const current = (await (await fetch('/api/stage-gates')).json()) as StageGateSettings;
    const state = document.querySelector('[data-region="stage-gate-state"]');
    if (state !== null)
        state.textContent = `${current.activeGates.length === 0 ? 'No gate active' : `Active: ${current.activeGates.join(', ')}`} · ${current.persona === 'manager' ? 'sales manager' : 'sales rep'}`;
    const save = async (change: Partial<StageGateSettings>): Promise<void> => {
        await fetch('/api/stage-gates', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ ...current, ...change }),
        });
        window.location.reload();
    };
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-stage-gates]')) {
        button.addEventListener('click', () => {
            void save({
                activeGates:
                    button.dataset.stageGates === 'examples'
                        ? [
                              'Lead_Conversion',
                              'Opportunity_Any_Negotiation',
                              'Opportunity_BANT_Id_Decision_Makers',
                              'Opportunity_Canvas_Proposal',
                          ]
                        : [],
            });
        });
    }
    for (const button of document.querySelectorAll<HTMLButtonElement>(
        'button[data-stage-persona]',
    )) {
        button.addEventListener('click', () => {
            void save({ persona: button.dataset.stagePersona === 'manager' ? 'manager' : 'rep' });
        });
    }
}
