import type { SharedTexts } from '../languages';
import { PT as page } from '../page/pt';
import { PT as labels } from '../labels/pt';
import { PT as evidence } from '../evidence/pt';
import { PT as tracking } from '../tracking/pt';

/** Portuguese: the texts every surface shares (../languages.ts). */
export const PT = { page, labels, evidence, tracking } satisfies SharedTexts;
