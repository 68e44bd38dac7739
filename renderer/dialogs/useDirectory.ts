import { useCallback, useEffect, useState } from 'react';
import type { DirectoryListing } from '../../electron/contract/hostApi';
import { errorText } from '../components/errorText';
import { host } from '../host';

/** Folder the file browser opened last, so the next one starts there. */
let lastDirectory: string | undefined;

/** A directory listing from the host that can be navigated; a failed listing keeps the previous one. */
export function useDirectory(start: string | undefined, extensions: string[] | undefined) {
  const [listing, setListing] = useState<DirectoryListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const open = useCallback(async (path: string | undefined) => {
    setLoading(true);
    try {
      const next = await host.listDirectory({ ...(path && { path }), ...(extensions?.length && { extensions }) });
      lastDirectory = next.path;
      setListing(next);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, [extensions]);
  useEffect(() => void open(start ?? lastDirectory), [open, start]);
  return { listing, error, loading, open };
}
