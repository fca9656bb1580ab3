import type { SharedTexts } from '../languages';
import { PL as page } from '../page/pl';
import { PL as labels } from '../labels/pl';
import { PL as evidence } from '../evidence/pl';
import { PL as tracking } from '../tracking/pl';

/** Polish: the texts every surface shares (../languages.ts). */
export const PL = { page, labels, evidence, tracking } satisfies SharedTexts;
