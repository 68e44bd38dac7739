import { useProjectTraining } from '../../store/projectTraining';
import { ClassificationResult } from './ClassificationResult';
import { RegressionResult } from './RegressionResult';

/** What the run that just ended achieved on the test split, in detail (per task). */
export function RunResult() {
  const session = useProjectTraining(t => t.session);
  if (session.phase !== 'done') return null;
  const { test, outDir } = session.result;
  const { classNames, imageShape, targetNames } = session.info.dataset;
  return (
    <section className="tp-card tp-result" aria-labelledby="tp-result-title">
      <div className="tp-card__head">
        <h3 id="tp-result-title" className="tp-card__title">
          Test results of this run
        </h3>
      </div>
      {test?.task === 'regression' ? (
        <RegressionResult test={test} imageShape={imageShape} targetNames={targetNames ?? []} />
      ) : test ? (
        <ClassificationResult test={test} classNames={classNames} />
      ) : (
        <p className="tp-note">
          No test metrics: the run stopped before training on any batch, or the dataset has no test split.
        </p>
      )}
      <p className="tp-note">
        Trained model and run record: <code>{outDir}</code>
      </p>
    </section>
  );
}
