/** The preview's toast event: the record page shell listens for it and shows an SLDS toast. */
import type { ShowToastEventInit } from 'lightning/platformShowToastEvent';

export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
    constructor(init: ShowToastEventInit) {
        super('lightning__showtoast', {
            bubbles: true,
            composed: true,
            cancelable: true,
            detail: init,
        });
    }
}
