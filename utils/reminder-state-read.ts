/**
 * Read-only view of the reminder state for the popup (muted / done / snoozed badges). The background stays the
 * only writer (`updateReminders`); an invalid stored state reads as empty here and is kept aside by the
 * background when it next loads it (`utils/storage.ts`).
 */
import { storage } from '@wxt-dev/storage';
import { EMPTY_REMINDER_STATE, ReminderStateSchema, type ReminderState } from '@/utils/rules';
import { STORAGE_KEYS } from '@/utils/storage';

export async function readReminderState(): Promise<ReminderState> {
  const parsed = ReminderStateSchema.safeParse(await storage.getItem<unknown>(STORAGE_KEYS.reminders));
  return parsed.success ? parsed.data : EMPTY_REMINDER_STATE;
}
