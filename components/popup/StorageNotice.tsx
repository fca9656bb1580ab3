import { useEffect, useState } from 'preact/hooks';
import { useTr } from '@/components/shared/LangContext';
import { readStorageFull, STORAGE_KEYS, watchStore, type StorageFull } from '@/utils/storage';

/** Says plainly that the browser's storage is full: the latest changes were not saved, nothing stored was lost. */
export function StorageNotice() {
  const { tr } = useTr();
  const [full, setFull] = useState<StorageFull | null>(null);
  useEffect(() => {
    const load = () => void readStorageFull().then(setFull, () => setFull(null));
    load();
    return watchStore(load, [STORAGE_KEYS.storageFull]);
  }, []);
  if (!full) return null;
  return (
    <section class="notice notice-warning" role="alert" data-testid="storage-full">
      <strong>{tr('storageFullTitle')}</strong>
      <p>{tr('storageFullBody')}</p>
    </section>
  );
}
