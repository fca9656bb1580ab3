import type { SharedTexts } from '../languages';
import { ES as page } from '../page/es';
import { ES as labels } from '../labels/es';
import { ES as evidence } from '../evidence/es';
import { ES as tracking } from '../tracking/es';

/** Spanish: the texts every surface shares (../languages.ts). */
export const ES = { page, labels, evidence, tracking } satisfies SharedTexts;
