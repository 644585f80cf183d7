// TEMPORARY placeholder while the English keys settle.
import { en } from './en';
import type { Catalogue } from './t';

export const ko: Catalogue = { ...en };
