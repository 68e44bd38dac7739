import { useApp } from '../../store';
import { useProjectTraining } from '../../store/projectTraining';
import { runOf } from '../../store/session';

const NO_NAMES: string[] = [];

/** Class names of the open project's dataset: from its run once it compiled, else from the dataset preview. */
export function useClassNames(): readonly string[] {
  const fromPreview = useApp(s =>
    s.training.preview.status === 'ready' ? s.training.preview.preview.info.classNames : null,
  );
  const fromRun = useProjectTraining(t => runOf(t.session)?.info.dataset.classNames ?? null);
  return fromRun ?? fromPreview ?? NO_NAMES;
}
