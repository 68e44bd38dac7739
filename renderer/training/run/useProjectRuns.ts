import { useEffect } from 'react';
import { useApp } from '../../store';
import { useActions } from '../../app/ActionsProvider';

/** Keeps the open project's run list read from disk: on showing, on opening another project, after saving it elsewhere. */
export function useProjectRuns(): void {
  const { ensureRuns } = useActions();
  const projectId = useApp(s => s.meta.id);
  const filePath = useApp(s => s.filePath);
  // biome-ignore lint/correctness/useExhaustiveDependencies: lists the runs again when another project or file is opened
  useEffect(() => ensureRuns(), [ensureRuns, projectId, filePath]);
}
