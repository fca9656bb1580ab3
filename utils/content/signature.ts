import { fnv1a } from '@/utils/hash';

/** A cheap content signature (FNV-1a over the text) to tell whether a card changed since it was read. */
export function textSignature(text: string): string {
  return fnv1a(text).toString(36) + text.length.toString(36);
}
