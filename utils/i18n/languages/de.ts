import type { SharedTexts } from '../languages';
import { DE as page } from '../page/de';
import { DE as labels } from '../labels/de';
import { DE as evidence } from '../evidence/de';
import { DE as tracking } from '../tracking/de';

/** German: the texts every surface shares (../languages.ts). */
export const DE = { page, labels, evidence, tracking } satisfies SharedTexts;
