/**
 * Schema versions of the stored values and the migrations between them (run by @wxt-dev/storage when the
 * background opens the store). Rules: each step has a frozen example of the old and new shape and a test
 * (`tests/unit/storage-migrations.test.ts`); a step that throws leaves the stored version where it was, so a
 * failed migration never loses data.
 *
 * v1 (0.1.0): `orders` = Record<orderId, TrackedOrder>; `settings` = Settings.
 */
export const ORDERS_VERSION = 1;
export const SETTINGS_VERSION = 1;

export const ORDERS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};
