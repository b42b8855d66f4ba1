import { createElement } from 'lwc';
import { setup } from '@sa11y/jest';
import QualificationDateInput from 'c/qualificationDateInput';
import type { DateChangeDetail } from 'c/qualificationDateInput';

// A German user, whatever the browser speaks: the field follows the Salesforce locale.
jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'de-DE' }), {
    virtual: true,
});
jest.mock('c/qualificationBoardLabels', () => {
    const actual = jest.requireActual('c/qualificationBoardLabels');
    const { boardLabels } = jest.requireActual('../../qualificationBoard/__tests__/support/labels');
    return { ...actual, LABELS: boardLabels('de', Object.keys(actual.LABELS)) };
});

setup();
jest.setTimeout(30000);

function mount(props: Record<string, unknown>) {
    const element = createElement('c-qualification-date-input', { is: QualificationDateInput });
    Object.assign(element, { label: 'Entscheidungsdatum', ...props });
    const changes: DateChangeDetail[] = [];
    element.addEventListener('datechange', (event) =>
        changes.push((event as CustomEvent<DateChangeDetail>).detail),
    );
    document.body.appendChild(element);
    const root = element.shadowRoot as ShadowRoot;
    const text = root.querySelector<HTMLInputElement>('.date-input__text')!;
    const help = () => root.querySelector('.date-input__help')?.textContent?.trim();
    return { element, root, text, help, changes };
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});

describe('c-qualification-date-input for a German user', () => {
    it('shows the stored day and its format in German', async () => {
        const { root, text, help } = mount({ value: '2027-03-31', steady: true });
        expect(text.value).toBe('31.03.2027');
        expect(text.placeholder).toBe('TT.MM.JJJJ');
        expect(help()).toBe('Format TT.MM.JJJJ');
        // Outside the interview the line is there only for a problem or a note.
        expect(mount({ value: '2027-03-31' }).help()).toBeUndefined();
        expect(root.querySelector('.date-input__pick')?.textContent?.trim()).toBe(
            'Entscheidungsdatum im Kalender auswählen',
        );
        await expect(root.host).toBeAccessible();
    });

    it('reports each typed day, and a partial, impossible or far-off one as a problem', () => {
        const { text, changes } = mount({ value: '2027-03-31' });
        for (const typed of ['15.1.2027', '31.02.2027', '31.03.', '31.03.0027', '']) {
            text.value = typed;
            text.dispatchEvent(new CustomEvent('input'));
        }
        expect(changes).toEqual([
            { value: '2027-01-15', text: '15.1.2027', problem: null },
            {
                value: null,
                text: '31.02.2027',
                problem: 'Den 31.02.2027 gibt es im Kalender nicht.',
            },
            {
                value: null,
                text: '31.03.',
                problem: 'Geben Sie das ganze Datum als TT.MM.JJJJ ein.',
            },
            {
                value: null,
                text: '31.03.0027',
                problem: 'Geben Sie ein Jahr von 1700 bis 4000 ein.',
            },
            { value: null, text: '', problem: null },
        ]);
    });

    it('shows a pending problem once the field is left, or at once after a save was tried', async () => {
        const pending = {
            text: '31.02.2027',
            message: 'Den 31.02.2027 gibt es im Kalender nicht.',
        };
        const { element, text, help } = mount({ value: '2027-03-31', pending, steady: true });
        expect(text.value).toBe('31.02.2027');
        expect(help()).toBe('Format TT.MM.JJJJ');
        text.dispatchEvent(new CustomEvent('focus'));
        text.dispatchEvent(new CustomEvent('blur'));
        await Promise.resolve();
        expect(help()).toBe(pending.message);
        expect(text.getAttribute('aria-invalid')).toBe('true');

        const other = mount({ value: null, pending, revealErrors: true });
        expect(other.help()).toBe(pending.message);
        element.pending = null;
        await Promise.resolve();
        expect(text.value).toBe('31.03.2027');
        expect(text.getAttribute('aria-invalid')).toBeNull();
    });

    it('opens the browser’s calendar from the button and writes the picked day in German', async () => {
        const { root, text, changes } = mount({ value: '2027-03-31' });
        const picker = root.querySelector<HTMLInputElement & { showPicker?: () => void }>(
            '.date-input__picker',
        )!;
        expect(picker.value).toBe('2027-03-31');
        const showPicker = jest.fn();
        picker.showPicker = showPicker;
        root.querySelector<HTMLButtonElement>('.date-input__pick')!.click();
        expect(showPicker).toHaveBeenCalled();

        // Where showPicker is missing or refuses, focusing the input opens the picker on a phone.
        picker.showPicker = () => {
            throw new Error('NotAllowedError');
        };
        const focus = jest.spyOn(picker, 'focus');
        root.querySelector<HTMLButtonElement>('.date-input__pick')!.click();
        expect(focus).toHaveBeenCalled();

        picker.value = '2027-02-20';
        picker.dispatchEvent(new CustomEvent('change'));
        expect(changes).toEqual([{ value: '2027-02-20', text: '20.02.2027', problem: null }]);
        expect(text.value).toBe('31.03.2027');
    });

    it('takes a note when there is no problem, and locks while read only', () => {
        const { root, text, help } = mount({
            value: '2026-01-01',
            note: 'Dieses Datum ist vorbei: Fragen Sie nach einem neuen.',
            readOnly: true,
        });
        expect(help()).toBe('Dieses Datum ist vorbei: Fragen Sie nach einem neuen.');
        expect(text.readOnly).toBe(true);
        expect(root.querySelector<HTMLButtonElement>('.date-input__pick')!.disabled).toBe(true);
    });
});
