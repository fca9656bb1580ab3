import type { SharedTexts } from '../languages';
import { RU as page } from '../page/ru';
import { RU as labels } from '../labels/ru';
import { RU as evidence } from '../evidence/ru';
import { RU as tracking } from '../tracking/ru';

/** Russian: the texts every surface shares (../languages.ts). */
export const RU = { page, labels, evidence, tracking } satisfies SharedTexts;
