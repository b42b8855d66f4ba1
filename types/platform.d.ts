declare module 'lightning/platformShowToastEvent' {
    export interface ShowToastEventInit {
        title: string;
        message?: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
        messageData?: unknown[];
    }

    export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
        constructor(init: ShowToastEventInit);
    }
}

declare module 'lightning/navigation' {
    export interface PageReference {
        type: string;
        attributes: Record<string, unknown>;
        state?: Record<string, string>;
    }

    export const CurrentPageReference: TypedWireAdapter<Record<string, never>, PageReference>;

    export const NavigationMixin: {
        <Base extends new (...args: any[]) => object>(base: Base): Base;
        readonly Navigate: unique symbol;
        readonly GenerateUrl: unique symbol;
    };
}

declare module '@salesforce/schema/*' {
    /** A field (`Object.Field`) or an object reference, checked against force-app by `npm run verify`. */
    const reference: { fieldApiName: string; objectApiName: string };
    export default reference;
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/i18n/lang' {
    const lang: string;
    export default lang;
}

declare module '@salesforce/i18n/locale' {
    const locale: string;
    export default locale;
}

/** The user's time zone, IANA name (e.g. `Europe/Berlin`): which calendar day it is for them. */
declare module '@salesforce/i18n/timeZone' {
    const timeZone: string;
    export default timeZone;
}

/** The user's default currency, ISO code (e.g. `EUR`). */
declare module '@salesforce/i18n/currency' {
    const currency: string;
    export default currency;
}

/** The device class the page renders for: `Large` (desktop), `Medium` (tablet) or `Small` (phone). */
declare module '@salesforce/client/formFactor' {
    const formFactor: 'Large' | 'Medium' | 'Small';
    export default formFactor;
}

declare module '@salesforce/user/Id' {
    const userId: string;
    export default userId;
}

declare module '@salesforce/customPermission/*' {
    const granted: boolean | undefined;
    export default granted;
}
