import { Wording } from '@send-insight/data';
import { DEPRIVATION_SCATTER_TEXT, type DeprivationScatterTextKey } from './deprivation-scatter.strings.js';

/** The wording the area view writes with: the chart's text and its own, with the element's overrides, locale and formatters. */
export type DeprivationScatterWording = Wording<DeprivationScatterTextKey>;

/** The en-GB wording, when a layout is given none. */
export const DEFAULT_SCATTER_WORDING: DeprivationScatterWording = new Wording(DEPRIVATION_SCATTER_TEXT);
