/** Which reader handles which page kind. Detection (`detect.ts`) picks the kind; this picks the reader. */
import type { PageKind } from '@/utils/model';
import { globalListReader } from '@/utils/pages/global-list';
import type { DetailReader, ListReader } from '@/utils/pages/types';

export const LIST_READERS: Partial<Record<PageKind, ListReader>> = {
  'global-list': globalListReader,
};

export const DETAIL_READERS: Partial<Record<PageKind, DetailReader>> = {};
