import { useEffect, useState } from 'preact/hooks';
import { storage } from '@wxt-dev/storage';
import { useTr } from '@/components/shared/LangContext';
import { readReminderSaveError, REMINDER_SAVE_ERROR_KEY } from '@/utils/storage';

/**
 * One line when the reminder bookkeeping could not be saved (storage full): from the answer to the popup's own
 * action (`failed`), or from the background's marker (a notification's button, a reminder it recorded).
 */
export function ReminderSaveNotice({ failed }: { failed: boolean }) {
  const { tr } = useTr();
  const [marked, setMarked] = useState(false);
  useEffect(() => {
    const load = () => void readReminderSaveError().then((error) => setMarked(error !== null));
    load();
    try {
      return storage.watch(REMINDER_SAVE_ERROR_KEY, load);
    } catch {
      return undefined; // no session storage here: the action's own answer still shows
    }
  }, []);
  if (!failed && !marked) return null;
  return (
    <p role="alert" class="error small" data-testid="reminder-save-failed">
      {tr('reminderSaveFailed')}
    </p>
  );
}
