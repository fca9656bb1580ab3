/** Shared translation helpers and labels; each UI part imports its own strings (`popup.ts`, `page.ts`). */
export * from '@/utils/i18n/core';
export * from '@/utils/i18n/labels';
