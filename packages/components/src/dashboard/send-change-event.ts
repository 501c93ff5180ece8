/** What `send-change` says: the area now shown. */
export interface SendChangeDetail {
  /** Its GSS code, e.g. E08000031: what the address keeps (`?area=E08000031`). */
  area: string;
  /** Its name as the data gives it, e.g. Wolverhampton. */
  name: string;
  /** The area shown before, as it was given (a code or a name), if any. */
  previous?: string;
}

/**
 * Fired by `<send-dashboard>` when the reader chooses another area (with the picker, or by going
 * back or forward to an address with another `?area=`): not when the page sets `area` itself.
 */
export class SendChangeEvent extends Event {
  readonly detail: SendChangeDetail;
  constructor(detail: SendChangeDetail) {
    super('send-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'send-change': SendChangeEvent;
  }
}
