/**
 * Typed JSX for React 19 users: `import 'send-insight/react'` (or add it to `compilerOptions.types`)
 * and `<send-need-breakdown>` and the other elements type-check in TSX with their properties and
 * events. React 19 sets a prop as a property when the element has one (so `data={rows}` passes the
 * array itself) and listens to custom events named `on` + the event name:
 *
 * @example
 * import 'send-insight';
 * import type {} from 'send-insight/react';
 * <send-need-breakdown data={rows} heading="Primary need" theme="nhs"
 *   onsend-select={(e) => setSelected(e.detail.datum)} />
 */
import type { HTMLAttributes, Ref } from 'react';
import type { LitElement } from 'lit';
import type { SendDataErrorEvent, SendRenderEvent, SendSelectEvent } from '@send-insight/core';
import type { SendChangeEvent } from '@send-insight/components';

/** The send-insight tags. */
export type SendTag =
  'send-deprivation-chart' | 'send-need-breakdown' | 'send-outcomes-radar' | 'send-priority-tracker' | 'send-indicator';

/** The element class behind a tag (from `HTMLElementTagNameMap`). */
export type SendElementOf<T extends SendTag> = T extends keyof HTMLElementTagNameMap
  ? HTMLElementTagNameMap[T]
  : HTMLElement;

/** Read-only getters that cannot be set from JSX. */
type ReadOnlyMembers = 'summary' | 'state' | 'issues';

/** The element's own settable properties (`data`, `heading`, `minCount`, `theme`…), all optional. */
export type SendElementProps<E> = {
  [
    K in Exclude<keyof E, keyof LitElement | ReadOnlyMembers> as E[K] extends (...args: never[]) => unknown ? never : K
  ]?: E[K];
};

/** Handlers for the custom events, in React 19's `on` + event name form. */
export interface SendEventProps {
  /** A point was chosen with Enter, Space or a click; `event.detail.datum` is its data. */
  'onsend-select'?: (event: SendSelectEvent) => void;
  /** The chart has drawn; `event.detail.summary` is its description. */
  'onsend-render'?: (event: SendRenderEvent) => void;
  /** The data cannot be drawn; `event.detail` lists `{row, column, value, message}`. */
  'onsend-data-error'?: (event: SendDataErrorEvent) => void;
}

/** Attributes by their HTML names, for those who prefer strings (`min-count="10"`). */
export interface SendAttributeProps {
  src?: string;
  columns?: string | Record<string, string>;
  preset?: string;
  area?: string;
  heading?: string;
  'heading-level'?: number | string;
  description?: string;
  source?: string;
  locale?: string;
  view?: string;
  'min-count'?: number | string;
  period?: string;
  theme?: string;
  'loading-delay'?: number | string;
  /** React 19 passes `class` through to custom elements. */
  class?: string;
}

/** Everything a send-insight tag accepts in JSX. */
export type SendJsxProps<T extends SendTag> = Omit<
  HTMLAttributes<SendElementOf<T>>,
  keyof SendEventProps | keyof SendAttributeProps
> &
  SendElementProps<SendElementOf<T>> &
  SendAttributeProps &
  SendEventProps & { ref?: Ref<SendElementOf<T>>; key?: string | number };

/** What `<send-dashboard>` accepts in JSX: the values it passes down, its own options and its event. */
export type SendDashboardJsxProps = Omit<HTMLAttributes<HTMLElementTagNameMap['send-dashboard']>, 'onChange'> & {
  area?: string;
  period?: string;
  theme?: string;
  locale?: string;
  'min-count'?: number | string;
  minCount?: number;
  'url-param'?: string;
  urlParam?: string;
  'areas-from'?: string;
  areasFrom?: string;
  strings?: string | Record<string, string>;
  class?: string;
  /** The reader chose another area; `event.detail.area` is its GSS code. */
  'onsend-change'?: (event: SendChangeEvent) => void;
  ref?: Ref<HTMLElementTagNameMap['send-dashboard']>;
  key?: string | number;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'send-deprivation-chart': SendJsxProps<'send-deprivation-chart'>;
      'send-need-breakdown': SendJsxProps<'send-need-breakdown'>;
      'send-outcomes-radar': SendJsxProps<'send-outcomes-radar'>;
      'send-priority-tracker': SendJsxProps<'send-priority-tracker'>;
      'send-indicator': SendJsxProps<'send-indicator'>;
      'send-dashboard': SendDashboardJsxProps;
    }
  }
}
