import { useCallback, useEffect, useRef, useState } from 'react';
import type { DirectoryListing } from '../../electron/contract/hostApi';
import { errorText } from '../shared/userError';
import { useHost } from '../app/ActionsProvider';

/** Folder the file browser opened last, so the next one starts there. */
let lastDirectory: string | undefined;

/**
 * A directory listing from the host that can be navigated; a failed listing keeps the previous one.
 * Only the latest request counts: a slow first listing (a big home folder) never replaces the folder
 * the user has typed meanwhile.
 */
export function useDirectory(start: string | undefined, extensions: string[] | undefined) {
  const host = useHost();
  const [listing, setListing] = useState<DirectoryListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const open = useCallback(
    async (path: string | undefined) => {
      const mine = ++latest.current;
      setLoading(true);
      try {
        const next = await host.listDirectory({ ...(path && { path }), ...(extensions?.length && { extensions }) });
        if (mine !== latest.current) return;
        lastDirectory = next.path;
        setListing(next);
        setError(null);
      } catch (e) {
        if (mine === latest.current) setError(errorText(e));
      } finally {
        if (mine === latest.current) setLoading(false);
      }
    },
    [host, extensions],
  );
  useEffect(() => void open(start ?? lastDirectory), [open, start]);
  return { listing, error, loading, open };
}
