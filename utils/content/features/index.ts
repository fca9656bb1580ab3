/** Every on-page feature, started independently by the feature manager (`utils/content/feature-manager.ts`). */
import type { PageFeature } from '@/utils/content/feature-manager';
import { cardBadges } from '@/utils/content/features/card-badges';
import { confirmHint } from '@/utils/content/features/confirm-hint';
import { orderPanel } from '@/utils/content/features/order-panel';
import { reportPage } from '@/utils/content/features/report-page';

export const PAGE_FEATURES: readonly PageFeature[] = [cardBadges, confirmHint, orderPanel, reportPage];
