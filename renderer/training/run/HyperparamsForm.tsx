import { z } from 'zod';
import { OPTIMIZERS, trainingSchema, type OptimizerName } from '../../../engine/core/project/schema';
import { useApp } from '../../store';
import { NumberField } from '../../components/NumberField';
import { isBusy } from '../../store/session';
import { useProjectTraining } from '../../store/projectTraining';

const fields = trainingSchema.shape;
const patienceSchema = z.number().int().min(1).max(1000);
const limitSchema = z.number().int().min(1);
const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  sgd: 'SGD',
  adam: 'Adam',
  rmsprop: 'RMSprop',
  adagrad: 'Adagrad',
};

/** Training settings saved with the project, plus the per-run subset limit. */
export function HyperparamsForm() {
  const cfg = useApp(s => s.meta.training);
  const setTraining = useApp(s => s.setTraining);
  const limit = useApp(s => s.training.limit);
  const setLimit = useApp(s => s.setTrainingLimit);
  const disabled = useProjectTraining(t => isBusy(t.session));
  // Folder and CSV datasets hold out a test share themselves (unless a folder has its own test/).
  const ownsTestSplit = useApp(s => s.meta.dataset.kind === 'folder' || s.meta.dataset.kind === 'csv');

  return (
    <section className="tp-card" aria-labelledby="tp-hyper-title">
      <h3 id="tp-hyper-title" className="tp-card__title">
        Hyperparameters
      </h3>
      <div className="tp-grid">
        <div className="tp-field">
          <label htmlFor="tp-optimizer">Optimizer</label>
          <select
            id="tp-optimizer"
            value={cfg.optimizer}
            disabled={disabled}
            onChange={e => setTraining({ optimizer: e.target.value as OptimizerName })}
          >
            {OPTIMIZERS.map(o => (
              <option key={o} value={o}>
                {OPTIMIZER_LABELS[o]}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          label="Learning rate"
          value={cfg.learningRate}
          schema={fields.learningRate}
          disabled={disabled}
          onValid={learningRate => setTraining({ learningRate })}
        />
        {cfg.optimizer === 'sgd' && (
          <NumberField
            label="Momentum"
            value={cfg.momentum}
            schema={fields.momentum}
            disabled={disabled}
            onValid={momentum => setTraining({ momentum })}
          />
        )}
        <NumberField
          label="Batch size"
          value={cfg.batchSize}
          schema={fields.batchSize}
          disabled={disabled}
          onValid={batchSize => setTraining({ batchSize })}
        />
        <NumberField
          label="Epochs"
          value={cfg.epochs}
          schema={fields.epochs}
          disabled={disabled}
          onValid={epochs => setTraining({ epochs })}
        />
        <NumberField
          label="Validation split"
          value={cfg.validationSplit}
          schema={fields.validationSplit}
          disabled={disabled}
          help="Share of the training images held out to validate each epoch"
          onValid={validationSplit => setTraining({ validationSplit })}
        />
        {ownsTestSplit && (
          <NumberField
            label="Test split"
            value={cfg.testSplit}
            schema={fields.testSplit}
            disabled={disabled}
            help="Share held out for the test result"
            onValid={testSplit => setTraining({ testSplit })}
          />
        )}
        <NumberField
          label="Seed"
          value={cfg.seed}
          schema={fields.seed}
          disabled={disabled}
          onValid={seed => setTraining({ seed })}
        />
      </div>
      <div className="tp-grid">
        <label className="tp-check">
          <input
            type="checkbox"
            checked={cfg.earlyStopping !== null}
            disabled={disabled}
            onChange={e => setTraining({ earlyStopping: e.target.checked ? { patience: 3 } : null })}
          />
          Early stopping
        </label>
        {cfg.earlyStopping && (
          <NumberField
            label="Patience (epochs)"
            value={cfg.earlyStopping.patience}
            schema={patienceSchema}
            disabled={disabled}
            onValid={patience => setTraining({ earlyStopping: { patience } })}
          />
        )}
        <label className="tp-check">
          <input
            type="checkbox"
            checked={limit !== null}
            disabled={disabled}
            onChange={e => setLimit(e.target.checked ? 2000 : null)}
          />
          Train on a subset
        </label>
        {limit !== null && (
          <NumberField
            label="Subset size (images)"
            value={limit}
            schema={limitSchema}
            disabled={disabled}
            onValid={setLimit}
          />
        )}
      </div>
    </section>
  );
}
