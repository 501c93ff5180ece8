import { Wording } from '@send-insight/data';
import { DEPRIVATION_CONTEXT_TEXT, type DeprivationContextTextKey } from './deprivation-context.strings.js';

/** The wording the neighbourhood context writes with: the chart's text and its own, with the element's overrides, locale and formatters. */
export type DeprivationContextWording = Wording<DeprivationContextTextKey>;

/** The en-GB wording, when a layout is given none. */
export const DEFAULT_CONTEXT_WORDING: DeprivationContextWording = new Wording(DEPRIVATION_CONTEXT_TEXT);
