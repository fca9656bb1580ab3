import type { SharedTexts } from '../languages';
import { FR as page } from '../page/fr';
import { FR as labels } from '../labels/fr';
import { FR as evidence } from '../evidence/fr';
import { FR as tracking } from '../tracking/fr';

/** French: the texts every surface shares (../languages.ts). */
export const FR = { page, labels, evidence, tracking } satisfies SharedTexts;
