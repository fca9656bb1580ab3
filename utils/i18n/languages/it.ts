import type { SharedTexts } from '../languages';
import { IT as page } from '../page/it';
import { IT as labels } from '../labels/it';
import { IT as evidence } from '../evidence/it';
import { IT as tracking } from '../tracking/it';

/** Italian: the texts every surface shares (../languages.ts). */
export const IT = { page, labels, evidence, tracking } satisfies SharedTexts;
