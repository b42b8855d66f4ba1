/**
 * The preview's lightning/navigation: the page reference is the record page being previewed;
 * navigating to a record opens it in the preview, anything else is logged (the preview has one page).
 */
import type { PageReference } from 'lightning/navigation';

interface PreviewGlobals {
    recordId: string;
    objectApiName: string;
}

function currentPage(): PageReference {
    const globals = (globalThis as { __BB_PREVIEW__?: PreviewGlobals }).__BB_PREVIEW__;
    return {
        type: 'standard__recordPage',
        attributes: {
            recordId: globals?.recordId,
            objectApiName: globals?.objectApiName,
            actionName: 'view',
        },
        state: {},
    };
}

function urlOf(pageReference: PageReference): string {
    const recordId = pageReference.attributes.recordId;
    return pageReference.type === 'standard__recordPage' && typeof recordId === 'string'
        ? `/record/${encodeURIComponent(recordId)}${window.location.search}`
        : '#';
}

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

// TypeScript accepts a class as a mixin base only when its constructor takes `...args: any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor = new (...args: any[]) => object;

function navigationMixin<Base extends Constructor>(base: Base): Base {
    return class extends base {
        [Navigate](pageReference: PageReference): void {
            const url = urlOf(pageReference);
            if (url === '#')
                console.info(
                    '[preview] navigation outside the record page is not previewed',
                    pageReference,
                );
            else window.location.assign(url);
        }

        [GenerateUrl](pageReference: PageReference): Promise<string> {
            return Promise.resolve(urlOf(pageReference));
        }
    };
}

export const NavigationMixin = Object.assign(navigationMixin, { Navigate, GenerateUrl });

export class CurrentPageReference {
    constructor(private readonly dataCallback: (value: PageReference) => void) {}

    update(): void {}

    connect(): void {
        this.dataCallback(currentPage());
    }

    disconnect(): void {}
}
