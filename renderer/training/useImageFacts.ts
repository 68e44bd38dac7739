import { useApp } from '../store';
import { selectAnalysis } from '../store/useAnalysis';
import { runOf } from './session';
import { useProjectTraining } from './projectTraining';

const NO_NAMES: string[] = [];
const MNIST_SHAPE = [28, 28, 1];

/** Image shape and class names of the project's dataset, from whichever source knows them. */
export function useImageFacts(): { imageShape: readonly number[]; classNames: readonly string[] } {
  const fromPreview = useApp(s => (s.training.preview.status === 'ready' ? s.training.preview.preview.info : null));
  const fromRun = useProjectTraining(t => runOf(t.session)?.info.dataset ?? null);
  const inputShape = useApp(s => { const a = selectAnalysis(s); return a.inputId ? a.byId.get(a.inputId)?.shape : undefined; });
  return {
    imageShape: fromRun?.imageShape ?? fromPreview?.imageShape ?? inputShape ?? MNIST_SHAPE,
    classNames: fromRun?.classNames ?? fromPreview?.classNames ?? NO_NAMES,
  };
}
