/** Which reader handles which page kind. Detection (`detect.ts`) picks the kind; this picks the reader. */
import type { PageKind } from '@/utils/model';
import { globalDetailReader } from '@/utils/pages/global-detail';
import { globalListReader } from '@/utils/pages/global-list';
import { ruDetailReader } from '@/utils/pages/ru-detail';
import { ruListReader } from '@/utils/pages/ru-list';
import type { DetailReader, ListReader } from '@/utils/pages/types';

export const LIST_READERS: Partial<Record<PageKind, ListReader>> = {
  'global-list': globalListReader,
  'ru-list': ruListReader,
};

export const DETAIL_READERS: Partial<Record<PageKind, DetailReader>> = {
  'global-detail': globalDetailReader,
  'ru-detail': ruDetailReader,
};
